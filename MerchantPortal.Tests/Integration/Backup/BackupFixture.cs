using MerchantPortal.Domain.Accounts;
using MerchantPortal.Features.Backup;
using MerchantPortal.Features.Documents;
using MerchantPortal.Infrastructure.Audit;
using MerchantPortal.Infrastructure.Documents;
using MerchantPortal.Infrastructure.Storage;
using MerchantPortal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Backup;

/// <summary>
/// A portal with an applicant whose identity step is saved, backed up while audit entries and document uploads keep
/// being written; the tests restore copies of that one backup.
/// </summary>
public sealed class BackupFixture : IAsyncLifetime
{
    private readonly List<string> folders = [];
    private int uploads;

    public PortalFactory Portal { get; } = new();

    public TestAccount Owner { get; private set; } = null!;

    public Guid ApplicationId { get; private set; }

    public string BackupFolder { get; private set; } = "";

    public BackupManifest Manifest { get; private set; } = null!;

    public int ExitCode { get; private set; }

    public string Output { get; private set; } = "";

    public string Errors { get; private set; } = "";

    /// <summary>Audit entries committed before the backup began, and the size of the WAL file holding them.</summary>
    public (long Entries, long WalBytes) BeforeBackup { get; private set; }

    /// <summary>A file of our own in secrets/, beside whatever the portal keeps there (never overwriting its keys).</summary>
    public string SecretsFile => Path.Combine("secrets", "backup-test-marker.txt");

    public async Task InitializeAsync()
    {
        Owner = await Portal.CreateAccountAsync(PortalRoles.Applicant);
        ApplicationId = await WizardSeed.ThroughEnterpriseAsync(Portal, Owner);
        await WizardSeed.IdentityAsync(Portal, Owner, ApplicationId);
        // Something in secrets/ (where Development keeps its key-encryption certificate and audit keys), and a
        // temporary file an interrupted upload left behind.
        Directory.CreateDirectory(Path.Combine(Portal.DataFolder, "secrets"));
        await File.WriteAllTextAsync(Path.Combine(Portal.DataFolder, SecretsFile), "{\"test\":\"secret\"}");
        await File.WriteAllTextAsync(Path.Combine(Portal.DataFolder, "documents", "0123abcd.tmp"), "half an upload");

        BackupFolder = NewFolder();
        var output = new StringWriter();
        var errors = new StringWriter();
        await WhileWritingAsync(async () =>
        {
            BeforeBackup = (await CountAuditEntriesAsync(), new FileInfo(Path.Combine(Portal.DataFolder, "portal.db-wal")).Length);
            ExitCode = await Task.Run(() => Command(output, errors).RunAsync(BackupFolder));
        });
        (Output, Errors) = (output.ToString(), errors.ToString());
        Manifest = (await BackupManifest.ReadAsync(BackupFolder))!;
    }

    public BackupCommand Command(TextWriter output, TextWriter errors)
    {
        var data = Portal.Services.GetRequiredService<DataDirectory>();
        var connection = PortalDatabase.ConnectionString(Portal.Services.GetRequiredService<IConfiguration>(), data);
        return new BackupCommand(data, connection, output, errors, TimeProvider.System);
    }

    /// <summary>
    /// Runs <paramref name="action"/> once 30 audit entries and 2 documents more are saved, while entries are appended
    /// and documents uploaded without pause until it ends.
    /// </summary>
    public async Task WhileWritingAsync(Func<Task> action)
    {
        using var stop = new CancellationTokenSource();
        var (start, uploadsBefore) = (await CountAuditEntriesAsync(), Volatile.Read(ref uploads));
        var writers = Task.WhenAll(Task.Run(() => AppendAsync(stop.Token)), Task.Run(() => UploadAsync(stop.Token)));
        while ((await CountAuditEntriesAsync() < start + 30 || Volatile.Read(ref uploads) < uploadsBefore + 2) && !writers.IsCompleted)
        {
            await Task.Delay(20);
        }

        try
        {
            await action();
            await Task.Delay(200);
        }
        finally
        {
            await stop.CancelAsync();
            await writers;
        }
    }

    /// <summary>A new folder under the system's temp folder, removed with the fixture; it does not exist yet.</summary>
    public string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "merchantportal-backup-" + Guid.NewGuid().ToString("N"));
        folders.Add(folder);
        return folder;
    }

    /// <summary>A copy of the backup for a test to damage.</summary>
    public string CopyOfBackup()
    {
        var copy = NewFolder();
        foreach (var file in Directory.EnumerateFiles(BackupFolder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(BackupFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }

    public async Task<long> CountAuditEntriesAsync()
    {
        await using var db = await Portal.CreateDbContextAsync();
        return await db.AuditEntries.LongCountAsync();
    }

    private async Task AppendAsync(CancellationToken stop)
    {
        var trail = Portal.Services.GetRequiredService<AuditTrail>();
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            await trail.AppendAsync(new AuditRecord(Owner.Id, "test.backup-write", "Test", i.ToString()));
        }
    }

    private async Task UploadAsync(CancellationToken stop)
    {
        await using var scope = Portal.Services.CreateAsyncScope();
        var documents = scope.ServiceProvider.GetRequiredService<DocumentService>();
        var kind = (await documents.ListAsync(Owner.Id, ApplicationId))
            .First(r => !r.Kind.ToString().Contains("Photo") && !r.Kind.ToString().Contains("Id")).Kind;
        while (!stop.IsCancellationRequested)
        {
            var outcome = await documents.UploadAsync(Owner.Id, ApplicationId, kind, "document.pdf", DocumentCorpus.UniquePdf());
            Assert.Equal(UploadProblem.None, outcome.Problem);
            Interlocked.Increment(ref uploads);
        }
    }

    public async Task DisposeAsync()
    {
        await Portal.DisposeAsync();
        foreach (var folder in folders.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
