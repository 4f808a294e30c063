using System.Security.Cryptography;

namespace MerchantPortal.Features.Backup;

/// <summary>The file work shared by backup and restore: listing, copying with a hash, hashing, private folders.</summary>
public static class BackupFolders
{
    private const int BufferSize = 128 * 1024;

    /// <summary>
    /// Every file under <paramref name="root"/> as a '/'-separated path relative to <paramref name="baseFolder"/>,
    /// in a stable order. Temporary files (<c>*.tmp</c>) are skipped: they are writes still under way, or left by a
    /// crash, and never hold data the portal relies on.
    /// </summary>
    public static IEnumerable<string> RelativeFiles(string baseFolder, string root) =>
        !Directory.Exists(root)
            ? []
            : Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Where(f => !f.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase))
                .Select(f => Path.GetRelativePath(baseFolder, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal);

    /// <summary>Copies <paramref name="source"/> to a new file, flushed to disk, hashing the bytes on their way.</summary>
    public static async Task<BackupFile> CopyAsync(string source, string destination, string relativePath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[BufferSize];
        long size = 0;
        await using (var input = new FileStream(
            source, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, BufferSize, FileOptions.SequentialScan))
        await using (var output = new FileStream(destination, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize))
        {
            int read;
            while ((read = await input.ReadAsync(buffer)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                await output.WriteAsync(buffer.AsMemory(0, read));
                size += read;
            }

            output.Flush(flushToDisk: true);
        }

        return new BackupFile(relativePath, size, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    public static async Task<string> Sha256Async(string path)
    {
        await using var stream = new FileStream(
            path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream));
    }

    /// <summary>A folder only its owner can enter (on Unix): a backup holds the key ring and the encrypted data together.</summary>
    public static void CreatePrivate(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public static bool IsEmptyOrMissing(string path) => !Directory.Exists(path) || !Directory.EnumerateFileSystemEntries(path).Any();

    /// <summary>
    /// The full path of <paramref name="relativePath"/> inside <paramref name="folder"/>, or null when the path would
    /// leave the folder (a manifest is input: "../" or an absolute path must not write elsewhere).
    /// </summary>
    public static string? Inside(string folder, string relativePath)
    {
        if (Path.IsPathRooted(relativePath) || relativePath.Split('/', '\\').Any(part => part is "" or "." or ".."))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(folder, relativePath));
        return IsWithin(folder, full) && full != Path.TrimEndingDirectorySeparator(folder) ? full : null;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> itself or anything below it (full paths).</summary>
    public static bool IsWithin(string folder, string path)
    {
        var root = Path.TrimEndingDirectorySeparator(folder);
        return path == root || path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
