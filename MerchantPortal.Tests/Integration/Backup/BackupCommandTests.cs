using MerchantPortal.Data;
using MerchantPortal.Features.Backup;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace MerchantPortal.Tests.Integration.Backup;

[Collection(BackupCollection.Name)]
public class BackupCommandTests(BackupFixture fixture, ITestOutputHelper log)
{
    [Fact]
    public void Backup_DuringWrites_HoldsEveryEntryCommittedBeforeIt_IncludingThoseStillInTheWal()
    {
        log.WriteLine($"before: {fixture.BeforeBackup.Entries} entries, WAL {fixture.BeforeBackup.WalBytes} bytes\n{fixture.Output}");
        Assert.Equal(0, fixture.ExitCode);
        Assert.Equal("", fixture.Errors);
        Assert.True(fixture.BeforeBackup.WalBytes > 0, "the entries counted before the backup were still in the WAL");
        Assert.True(fixture.Manifest.Counts.AuditEntries >= fixture.BeforeBackup.Entries,
            $"{fixture.Manifest.Counts.AuditEntries} entries backed up, {fixture.BeforeBackup.Entries} committed before");
        Assert.Contains($"{fixture.Manifest.Counts.AuditEntries} audit entries", fixture.Output);
        Assert.False(File.Exists(Path.Combine(fixture.BackupFolder, "portal.db-wal")));
    }

    [Fact]
    public async Task Backup_Manifest_ListsEveryFileWithItsHash_AndSkipsTemporaryFiles()
    {
        var listed = fixture.Manifest.Files.Select(f => f.Path).ToList();

        Assert.Contains("portal.db", listed);
        Assert.Contains(listed, p => p.StartsWith("keys/key-", StringComparison.Ordinal) && p.EndsWith(".xml", StringComparison.Ordinal));
        Assert.Contains("secrets/backup-test-marker.txt", listed);
        Assert.True(fixture.Manifest.ContainsSecrets);
        Assert.Contains("secret store", fixture.Manifest.Notice);
        Assert.DoesNotContain(listed, p => p.EndsWith(".tmp", StringComparison.Ordinal));
        Assert.Empty(await BackupVerifier.ProblemsAsync(fixture.BackupFolder, fixture.Manifest));
        Assert.Equal(
            Directory.EnumerateFiles(fixture.BackupFolder, "*", SearchOption.AllDirectories).Count(),
            fixture.Manifest.Files.Count + 1);
    }

    [Fact]
    public async Task Backup_EveryDocumentRowInTheCopiedDatabase_HasItsFile()
    {
        var connection = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(fixture.BackupFolder, "portal.db"), Mode = SqliteOpenMode.ReadOnly, Pooling = false,
        };
        await using var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite(connection.ToString()).Options);
        var rows = await db.Documents.Select(d => new { d.StoredName, d.Sha256 }).ToListAsync();
        var files = fixture.Manifest.Files.ToDictionary(f => f.Path);

        Assert.True(rows.Count > 1, "documents were uploaded before and during the backup");
        Assert.All(rows, row => Assert.Equal(row.Sha256, files["documents/" + row.StoredName].Sha256));
        Assert.Equal(rows.Count, fixture.Manifest.Counts.Documents);
    }

    [Fact]
    public async Task Backup_IntoANonEmptyFolder_IsRefused()
    {
        var folder = fixture.NewFolder();
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "old.txt"), "an older backup");
        var errors = new StringWriter();

        var exit = await fixture.Command(TextWriter.Null, errors).RunAsync(folder);

        Assert.Equal(1, exit);
        Assert.Contains("is not empty", errors.ToString());
        Assert.Equal(["old.txt"], Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Backup_IntoTheDataFolder_IsRefused()
    {
        var errors = new StringWriter();

        var exit = await fixture.Command(TextWriter.Null, errors).RunAsync(Path.Combine(fixture.Portal.DataFolder, "backups", "today"));

        Assert.Equal(1, exit);
        Assert.Contains("inside the data folder", errors.ToString());
    }
}
