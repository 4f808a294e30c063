using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace MerchantPortal.Infrastructure.Documents.Isolation;

/// <summary>
/// How the portal starts its own executable as an inspection worker: the apphost when the portal runs as one
/// (published), otherwise the dotnet muxer with <c>exec MerchantPortal.dll</c> (<c>dotnet run</c>, test runners).
/// The child gets no standard input and an environment of its own: nothing of the portal's (connection strings,
/// keys) is inherited.
/// </summary>
public static class WorkerLaunch
{
    public static ProcessStartInfo StartInfo(string input, string output, long memoryLimitBytes)
    {
        var portal = typeof(InspectionWorker).Assembly.Location;
        var appHost = Path.ChangeExtension(portal, OperatingSystem.IsWindows() ? ".exe" : null);
        var start = Environment.ProcessPath is { } host && Path.GetFullPath(host) == appHost
            ? new ProcessStartInfo(appHost)
            : new ProcessStartInfo(Muxer()) { ArgumentList = { "exec", portal } };
        foreach (var argument in new[] { InspectionWorker.Command, input, output })
        {
            start.ArgumentList.Add(argument);
        }

        start.UseShellExecute = false;
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = Path.GetDirectoryName(portal);
        start.Environment.Clear();
        // A hard limit on the managed heap; native memory (Skia's pixels) is watched from outside by the client.
        start.Environment["DOTNET_GCHeapHardLimit"] = memoryLimitBytes.ToString("X", CultureInfo.InvariantCulture);
        start.Environment["DOTNET_gcServer"] = "0";
        start.Environment["DOTNET_gcConcurrent"] = "0";
        start.Environment["DOTNET_TieredPGO"] = "0";
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";
        if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } root)
        {
            // Where a published apphost finds the runtime when it is not installed in the default place.
            start.Environment["DOTNET_ROOT"] = root;
        }

        return start;
    }

    /// <summary>The dotnet muxer that runs this process, or the one beside the runtime it uses.</summary>
    private static string Muxer()
    {
        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (Environment.ProcessPath is { } host && Path.GetFileName(host) == name)
        {
            return host;
        }

        // <root>/shared/Microsoft.NETCore.App/<version>/ → <root>/dotnet
        return Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..", name));
    }
}
