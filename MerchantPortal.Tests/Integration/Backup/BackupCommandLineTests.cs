using System.Diagnostics;
using MerchantPortal.Features.Backup;
using MerchantPortal.Tests.Support;

namespace MerchantPortal.Tests.Integration.Backup;

/// <summary>The real command line, in a process of its own, against the data folder of a portal that keeps writing.</summary>
[Collection(BackupCollection.Name)]
public class BackupCommandLineTests(BackupFixture fixture)
{
    private static async Task<(int Exit, string Output, string Errors)> RunPortalAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in (string[])["exec", Path.Combine(AppContext.BaseDirectory, "MerchantPortal.dll"), .. args])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);
        return (process.ExitCode, await output, await errors);
    }

    [Fact]
    public async Task BackupAndRestore_FromTheCommandLine_WhileThePortalWrites_RoundTrip()
    {
        var backup = fixture.NewFolder();
        var target = fixture.NewFolder();
        (int Exit, string Output, string Errors) backedUp = default;
        long before = 0;

        await fixture.WhileWritingAsync(async () =>
        {
            before = await fixture.CountAuditEntriesAsync();
            backedUp = await RunPortalAsync("backup", backup, "--Portal:DataDirectory", fixture.Portal.DataFolder);
        });
        var restored = await RunPortalAsync("restore", backup, "--to", target);
        var manifest = await BackupManifest.ReadAsync(backup);

        Assert.Equal((0, ""), (backedUp.Exit, backedUp.Errors));
        Assert.Contains("Backed up", backedUp.Output);
        Assert.True(manifest!.Counts.AuditEntries >= before);
        Assert.Equal((0, ""), (restored.Exit, restored.Errors));
        Assert.Contains("Restored", restored.Output);
        Assert.All(manifest.Files, f => Assert.Equal(f.Size, new FileInfo(Path.Combine(target, f.Path)).Length));
        Assert.False(File.Exists(Path.Combine(target, "portal.db-wal")), "restore opened no database");
    }

    [Fact]
    public async Task Restore_FromTheCommandLine_WithoutTheKeyRing_ExitsNonZero_WithTheReason()
    {
        var backup = fixture.CopyOfBackup();
        Directory.Delete(Path.Combine(backup, "keys"), recursive: true);

        var (exit, output, errors) = await RunPortalAsync("restore", backup, "--to", fixture.NewFolder());

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("restore: The backup has no key ring", errors);
    }
}
