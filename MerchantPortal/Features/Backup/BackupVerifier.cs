namespace MerchantPortal.Features.Backup;

/// <summary>Checks a backup folder against its manifest: every file present, of its size and hash, and nothing else.</summary>
public static class BackupVerifier
{
    /// <summary>One line per problem, each naming the file; empty when the backup is intact.</summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(string folder, BackupManifest manifest)
    {
        var problems = new List<string>();
        if (!manifest.Files.Any(f => f.Path == BackupManifest.DatabaseFile))
        {
            problems.Add($"{BackupManifest.DatabaseFile} is not in the manifest.");
        }

        foreach (var file in manifest.Files)
        {
            var path = BackupFolders.Inside(folder, file.Path);
            if (path is null)
            {
                problems.Add($"{file.Path} points outside the backup folder.");
            }
            else if (!File.Exists(path))
            {
                problems.Add($"{file.Path} is missing.");
            }
            else if (new FileInfo(path).Length != file.Size || await BackupFolders.Sha256Async(path) != file.Sha256)
            {
                problems.Add($"{file.Path} has been altered: its content does not match the SHA-256 in the manifest.");
            }
        }

        // A file nobody listed could be a planted key in keys/: only what the backup wrote is restored.
        var listed = manifest.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(p => p != BackupManifest.FileName && !listed.Contains(p))
            .Order(StringComparer.Ordinal)
            .Select(p => $"{p} is not in the manifest."));
        return problems;
    }
}
