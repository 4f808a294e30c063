using System.Reflection;
using MerchantPortal.Infrastructure.Storage;
using Microsoft.Data.Sqlite;

namespace MerchantPortal.Features.Backup;

/// <summary>
/// <c>dotnet run --project MerchantPortal -- backup &lt;folder&gt;</c>: a consistent copy of the data folder taken while
/// the portal runs in another process — the database, the documents, the key ring, <c>secrets/</c> when there is
/// one — and a manifest with each file's SHA-256, written last. It reads; it never migrates or writes the live data.
/// </summary>
public sealed class BackupCommand(DataDirectory data, string connectionString, TextWriter output, TextWriter error, TimeProvider clock)
{
    public const string Name = "backup";

    public static BackupCommand For(IConfiguration configuration, string contentRoot)
    {
        var data = new DataDirectory(contentRoot, configuration["Portal:DataDirectory"]);
        return new BackupCommand(data, PortalDatabase.ConnectionString(configuration, data), Console.Out, Console.Error, TimeProvider.System);
    }

    public async Task<int> RunAsync(string folder)
    {
        var target = Path.GetFullPath(folder);
        var database = Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);
        if (!BackupFolders.IsEmptyOrMissing(target))
        {
            return Fail($"{target} is not empty: a backup goes into a new or empty folder, so nothing old mixes into it.");
        }

        if (BackupFolders.IsWithin(data.Root, target))
        {
            return Fail($"{target} is inside the data folder {data.Root}: a backup there would be lost with the data it saves.");
        }

        if (!File.Exists(database))
        {
            return Fail($"There is no database at {database}: nothing to back up (is Portal:DataDirectory set as the portal has it?).");
        }

        BackupFolders.CreatePrivate(target);
        try
        {
            return await CopyAsync(target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException)
        {
            return Fail($"{e.Message} The backup in {target} is incomplete: it has no manifest, and restore refuses it.");
        }
    }

    private async Task<int> CopyAsync(string target)
    {
        var started = clock.GetUtcNow().UtcDateTime;
        var snapshotFile = Path.Combine(target, BackupManifest.DatabaseFile);
        // The database first, then the files. A document is renamed into place before the row that names it commits,
        // and a stored document is never changed or removed while a row names it (only the files of failed uploads
        // and orphans are deleted). So every row in the snapshot names a file that already exists and is still there
        // when the folders are copied next. The other order would miss the file of an upload that commits between the
        // two copies while keeping its row. Files newer than the snapshot are orphans to the restored portal, which
        // its janitor removes. Keys follow the same rule: Data Protection writes a key before it protects anything.
        var snapshotStarted = clock.GetTimestamp();
        DatabaseSnapshot.Copy(connectionString, snapshotFile);
        var snapshotTime = clock.GetElapsedTime(snapshotStarted);
        var files = new List<BackupFile>();
        foreach (var name in (string[])[BackupManifest.DocumentsFolder, BackupManifest.KeysFolder, BackupManifest.SecretsFolder])
        {
            files.AddRange(await CopyFolderAsync(Path.Combine(data.Root, name), target));
        }

        // Read and hashed only now: the sooner the files follow the snapshot, the fewer orphans the backup carries.
        var (counts, storedNames) = await DatabaseSnapshot.ReadAsync(snapshotFile);
        files.Insert(0, new(BackupManifest.DatabaseFile, new FileInfo(snapshotFile).Length, await BackupFolders.Sha256Async(snapshotFile)));

        var copied = files.Select(f => Path.GetFileName(f.Path)).ToHashSet(StringComparer.Ordinal);
        var missing = storedNames.Where(n => !copied.Contains(n)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            // The live folder already lacks them: report it, but a backup of the rest is still worth keeping.
            await error.WriteLineAsync($"backup: warning: {missing.Count} document file(s) named by the database are not in " +
                $"{data.Root}/documents (already missing there): {string.Join(", ", missing)}");
        }

        var manifest = new BackupManifest(BackupManifest.CurrentFormat, started, PortalVersion(), counts,
            files.Any(f => f.Path.StartsWith(BackupManifest.SecretsFolder + "/", StringComparison.Ordinal)), BackupManifest.SecretNotice, files);
        await manifest.WriteAsync(target);
        await WriteSummaryAsync(target, manifest, snapshotTime);
        return manifest.HasKeyRing ? 0 : Fail("The data folder has no key ring (keys/): this backup cannot be restored.");
    }

    private static async Task<List<BackupFile>> CopyFolderAsync(string source, string target)
    {
        var copied = new List<BackupFile>();
        foreach (var relative in BackupFolders.RelativeFiles(Path.GetDirectoryName(source)!, source))
        {
            try
            {
                var from = Path.Combine(Path.GetDirectoryName(source)!, relative);
                copied.Add(await BackupFolders.CopyAsync(from, Path.Combine(target, relative), relative));
            }
            catch (FileNotFoundException)
            {
                // Removed since it was listed: an orphan the janitor swept or a failed upload; no row in the snapshot names it.
            }
        }

        return copied;
    }

    private async Task WriteSummaryAsync(string target, BackupManifest manifest, TimeSpan snapshotTime)
    {
        var bytes = manifest.Files.Sum(f => f.Size);
        var c = manifest.Counts;
        await output.WriteLineAsync($"Backed up {manifest.Files.Count} files ({bytes:N0} bytes) from {data.Root} to {target}");
        await output.WriteLineAsync($"  database (snapshot in {snapshotTime.TotalMilliseconds:F0} ms): {c.AuditEntries} audit entries, " +
            $"{c.Users} users, {c.Organizations} organizations, " +
            $"{c.Applications} applications, {c.Documents} documents");
        foreach (var folder in (string[])[BackupManifest.DocumentsFolder, BackupManifest.KeysFolder, BackupManifest.SecretsFolder])
        {
            var count = manifest.Files.Count(f => f.Path.StartsWith(folder + "/", StringComparison.Ordinal));
            await output.WriteLineAsync($"  {folder}/: {count} files");
        }

        await output.WriteLineAsync(manifest.Notice);
    }

    private static string PortalVersion() =>
        typeof(BackupCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    private int Fail(string message)
    {
        error.WriteLine($"backup: {message}");
        return 1;
    }
}
