namespace MerchantPortal.Features.Backup;

/// <summary>
/// <c>dotnet run --project MerchantPortal -- restore &lt;folder&gt; --to &lt;data folder&gt;</c>: checks a backup against its
/// manifest and copies it into a new or empty data folder. It refuses, changing nothing, a backup without its key
/// ring, one with a missing, altered or unlisted file, and a target that already holds data.
/// </summary>
public sealed class RestoreCommand(TextWriter output, TextWriter error)
{
    public const string Name = "restore";
    public const string TargetSwitch = "--to";

    public const string NoKeyRing =
        "The backup has no key ring (keys/ is missing or holds no key-*.xml). The key ring is what decrypts the ID " +
        "numbers, bank accounts and private keys stored in portal.db, and what reads the portal's sign-in cookies, " +
        "confirmation links and reset tokens: without it the identity step, the sandbox credentials and every sign-in " +
        "would be broken. Restore from a backup that includes keys/.";

    public static RestoreCommand ForConsole() => new(Console.Out, Console.Error);

    public async Task<int> RunAsync(string folder, string dataFolder)
    {
        var source = Path.GetFullPath(folder);
        var target = Path.GetFullPath(dataFolder);
        if (await BackupManifest.ReadAsync(source) is not { } manifest)
        {
            return Fail($"{source} has no readable {BackupManifest.FileName}: it is not a finished backup " +
                "(a backup is only complete once its manifest is written, last).");
        }

        if (manifest.Format != BackupManifest.CurrentFormat)
        {
            return Fail($"The backup's format is {manifest.Format}; this portal restores format {BackupManifest.CurrentFormat}.");
        }

        if (!manifest.HasKeyRing
            || !BackupFolders.RelativeFiles(source, Path.Combine(source, BackupManifest.KeysFolder)).Any(BackupManifest.IsKeyRingFile))
        {
            return Fail(NoKeyRing);
        }

        var problems = await BackupVerifier.ProblemsAsync(source, manifest);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                await error.WriteLineAsync($"restore: {problem}");
            }

            return Fail($"The backup in {source} does not match its manifest ({problems.Count} problem(s) above): nothing was restored.");
        }

        if (!BackupFolders.IsEmptyOrMissing(target))
        {
            return Fail($"{target} is not empty: restore only into a new or empty data folder, so no live data is overwritten.");
        }

        try
        {
            await CopyIntoPlaceAsync(source, target, manifest);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail($"{e.Message} Nothing was restored.");
        }

        await WriteSummaryAsync(target, manifest);
        return 0;
    }

    /// <summary>
    /// Copies into a folder beside the target and renames it into place at the end, so an interrupted restore never
    /// leaves a half-filled data folder a portal could start on. Each copy is hashed again on its way.
    /// </summary>
    private static async Task CopyIntoPlaceAsync(string source, string target, BackupManifest manifest)
    {
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.restoring-{Guid.NewGuid():N}");
        BackupFolders.CreatePrivate(staging);
        try
        {
            foreach (var file in manifest.Files)
            {
                var copy = await BackupFolders.CopyAsync(
                    BackupFolders.Inside(source, file.Path)!, BackupFolders.Inside(staging, file.Path)!, file.Path);
                if (copy != file)
                {
                    throw new IOException($"{file.Path} changed while it was being restored.");
                }
            }

            if (Directory.Exists(target))
            {
                Directory.Delete(target);
            }

            Directory.Move(staging, target);
        }
        catch
        {
            Directory.Delete(staging, recursive: true);
            throw;
        }
    }

    private async Task WriteSummaryAsync(string target, BackupManifest manifest)
    {
        var c = manifest.Counts;
        await output.WriteLineAsync($"Restored {manifest.Files.Count} files of the backup made {manifest.CreatedAtUtc:u} " +
            $"(portal {manifest.PortalVersion}) into {target}");
        await output.WriteLineAsync($"  expect: {c.AuditEntries} audit entries, {c.Users} users, {c.Organizations} organizations, " +
            $"{c.Applications} applications, {c.Documents} documents");
        await output.WriteLineAsync($"Start the portal with Portal__DataDirectory={target}, then verify the audit trail " +
            "at /audit (\"verify chain\") and sign in.");
        if (!manifest.ContainsSecrets)
        {
            await output.WriteLineAsync("The backup has no secrets/: the portal needs the same key-encryption certificate " +
                "(DataProtection:KeyEncryptionCertificate) and audit keys (Audit:Keys:<id>) from configuration as when it was made.");
        }
    }

    private int Fail(string message)
    {
        error.WriteLine($"restore: {message}");
        return 1;
    }
}
