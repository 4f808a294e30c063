using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using MerchantPortal.Tests.Support;

namespace MerchantPortal.Tests.Integration.Hosting;

/// <summary>
/// The README's deployment, end to end: <c>dotnet publish</c> for linux-x64, then the published apphost started in
/// Production with the documented settings, behind a (played) TLS-terminating proxy on the same machine.
/// </summary>
public partial class PublishedOutputTests
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    [GeneratedRegex(@"(?:href|src)=""([^""]+\.(?:css|js))""")]
    private static partial Regex StaticAssetReference();

    [Fact]
    public async Task PublishedForLinuxX64_StartsInProduction_AndServesItsPagesAndStaticAssets()
    {
        var work = Directory.CreateTempSubdirectory("merchantportal-publish-").FullName;
        using var secrets = ProductionSecrets.Create();
        try
        {
            var output = Path.Combine(work, "publish");
            await PublishAsync(output);
            AssertOnlyLinuxX64NativeFiles(output);

            using var portal = StartPortal(output, Path.Combine(work, "data"), secrets, FreePort(), out var address);
            try
            {
                using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(address) };
                // What the proxy in front adds: the request reached it over HTTPS.
                http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
                var home = await WaitForHomeAsync(http, portal);

                Assert.Equal(HttpStatusCode.OK, home.StatusCode);
                Assert.Equal("text/html", home.Content.Headers.ContentType?.MediaType);
                var html = await home.Content.ReadAsStringAsync();
                var assets = StaticAssetReference().Matches(html).Select(m => m.Groups[1].Value).Distinct().ToList();
                Assert.Contains(assets, a => a.StartsWith("_content/MudBlazor/MudBlazor.min.", StringComparison.Ordinal) && a.EndsWith(".css", StringComparison.Ordinal));
                Assert.Contains(assets, a => a.StartsWith("_framework/blazor.web.", StringComparison.Ordinal));
                Assert.Contains(assets, a => Regex.IsMatch(a, @"^app\.[a-z0-9]+\.css$"));
                foreach (var asset in assets)
                {
                    var response = await http.GetAsync("/" + asset);
                    Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset}: {(int)response.StatusCode}\n{portal.Output}");
                    Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 0, $"{asset} is empty");
                    Assert.Contains("immutable", response.Headers.CacheControl?.ToString() ?? "");
                }

                // Without the proxy's word, plain HTTP is sent to HTTPS.
                using var direct = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(address) };
                var redirected = await direct.GetAsync("/");
                Assert.Equal(HttpStatusCode.PermanentRedirect, redirected.StatusCode);
                Assert.Equal("https", redirected.Headers.Location!.Scheme);
            }
            finally
            {
                portal.Stop();
            }
        }
        finally
        {
            TryDelete(work);
        }
    }

    private static async Task PublishAsync(string output)
    {
        var project = Path.Combine(RepositoryRoot.Path, "MerchantPortal", "MerchantPortal.csproj");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { "publish", project, "-c", "Release", "-r", "linux-x64", "--self-contained", "false", "-o", output, "-nologo" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var publish = new RunningProcess(start);
        using var timeout = new CancellationTokenSource(PublishTimeout);
        try
        {
            await publish.Process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            publish.Stop();
            throw new TimeoutException($"dotnet publish took longer than {PublishTimeout}:\n{publish.Output}");
        }

        Assert.True(publish.Process.ExitCode == 0, $"dotnet publish failed:\n{publish.Output}");
    }

    /// <summary>SkiaSharp and SQLite ship native libraries for every platform; a linux-x64 publish carries Linux x64's only.</summary>
    private static void AssertOnlyLinuxX64NativeFiles(string output)
    {
        Assert.True(File.Exists(Path.Combine(output, "MerchantPortal")), "the apphost");
        Assert.True(File.Exists(Path.Combine(output, "libSkiaSharp.so")), "SkiaSharp's Linux x64 library");
        Assert.True(File.Exists(Path.Combine(output, "libe_sqlite3.so")), "SQLite's Linux x64 library");
        Assert.False(Directory.Exists(Path.Combine(output, "runtimes")), "no runtimes/ folder of other platforms");
        Assert.False(File.Exists(Path.Combine(output, "appsettings.Development.json")), "Development's settings stay home");
        var foreign = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".dylib", StringComparison.Ordinal) || Path.GetFileName(f) is "libSkiaSharp.dll" or "e_sqlite3.dll")
            .ToList();
        Assert.Empty(foreign);
    }

    private static RunningProcess StartPortal(string output, string dataDirectory, ProductionSecrets secrets, int port, out string address)
    {
        address = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo(Path.Combine(output, "MerchantPortal"))
        {
            WorkingDirectory = output,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ASPNETCORE_URLS"] = address,
                ["Portal__DataDirectory"] = dataDirectory,
            },
        };
        foreach (var (name, value) in secrets.EnvironmentVariables)
        {
            start.Environment[name] = value;
        }

        return new RunningProcess(start);
    }

    private static async Task<HttpResponseMessage> WaitForHomeAsync(HttpClient http, RunningProcess portal)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            if (portal.Process.HasExited)
            {
                throw new InvalidOperationException($"The published portal exited with {portal.Process.ExitCode}:\n{portal.Output}");
            }

            try
            {
                return await http.GetAsync("/");
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans its temp folder.
        }
    }

    /// <summary>A child process whose output is collected, killed with its children when disposed, whatever happened.</summary>
    private sealed class RunningProcess : IDisposable
    {
        private readonly StringBuilder output = new();

        public RunningProcess(ProcessStartInfo start)
        {
            Process = new Process { StartInfo = start };
            Process.OutputDataReceived += (_, e) => Append(e.Data);
            Process.ErrorDataReceived += (_, e) => Append(e.Data);
            Process.Start();
            Process.BeginOutputReadLine();
            Process.BeginErrorReadLine();
        }

        public Process Process { get; }

        public string Output
        {
            get
            {
                lock (output)
                {
                    return output.ToString();
                }
            }
        }

        public void Stop()
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
                Process.WaitForExit(10_000);
            }
        }

        public void Dispose()
        {
            Stop();
            Process.Dispose();
        }

        private void Append(string? line)
        {
            if (line is not null)
            {
                lock (output)
                {
                    output.AppendLine(line);
                }
            }
        }
    }
}
