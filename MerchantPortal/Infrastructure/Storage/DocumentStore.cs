using System.Security.Cryptography;

namespace MerchantPortal.Infrastructure.Storage;

/// <summary>
/// Documents on the local disk, outside wwwroot, each under a generated name. An upload is streamed into a
/// temporary file in the same folder, checked, flushed, then renamed into place, so a crash never leaves half a
/// document behind; temporary files left by a crash are removed at the next start.
/// </summary>
public sealed class DocumentStore(DataDirectory dataDirectory)
{
    public const string TemporarySuffix = ".tmp";

    private readonly string root = dataDirectory.Combine("documents");

    public string Root => root;

    /// <summary>A new, not yet created temporary file in the store's folder (so keeping it is a rename); disposing removes it.</summary>
    public TemporaryFile CreateTemporary() => new(Path.Combine(root, NewName() + TemporarySuffix));

    /// <summary>Streams <paramref name="content"/> into a temporary file, stopping as soon as it passes <paramref name="limit"/>.</summary>
    /// <returns>The bytes written, or null when the content is larger than the limit.</returns>
    public static async Task<long?> WriteAsync(Stream content, TemporaryFile file, long limit, CancellationToken cancellationToken)
    {
        await using var target = new FileStream(file.Path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
        var chunk = new byte[64 * 1024];
        long written = 0;
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if ((written += read) > limit)
            {
                return null;
            }

            await target.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
        }

        await target.FlushAsync(cancellationToken);
        target.Flush(flushToDisk: true);
        return written;
    }

    /// <summary>Moves a checked temporary file into place under a new stored name; the hash is read from the disk, in chunks.</summary>
    public async Task<(string StoredName, string Sha256, long Size)> KeepAsync(string temporaryPath, CancellationToken cancellationToken = default)
    {
        string sha256;
        long size;
        await using (var file = new FileStream(temporaryPath, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true))
        {
            size = file.Length;
            sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken));
        }

        var storedName = NewName();
        File.Move(temporaryPath, Path.Combine(root, storedName));
        return (storedName, sha256, size);
    }

    public Stream OpenRead(string storedName) => File.OpenRead(PathOf(storedName));

    public void Delete(string storedName) => File.Delete(PathOf(storedName));

    /// <summary>Stored files and leftover temporary files, with their age, for the janitor.</summary>
    public IEnumerable<(string Name, DateTime LastWriteUtc)> Files() =>
        new DirectoryInfo(root).EnumerateFiles().Select(f => (f.Name, f.LastWriteTimeUtc));

    /// <summary>
    /// Removes every temporary file. Only at start-up: an upload or a check in progress belongs to a running
    /// process, so after a restart none of them can ever complete.
    /// </summary>
    public int RemoveTemporaryFiles()
    {
        var leftovers = new DirectoryInfo(root).GetFiles("*" + TemporarySuffix);
        foreach (var file in leftovers)
        {
            file.Delete();
        }

        return leftovers.Length;
    }

    private static string NewName() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    // Stored names are ours (hex, optionally ".tmp"); anything else never reaches the file system.
    private string PathOf(string name) =>
        name.All(c => char.IsAsciiHexDigitLower(c) || c is '.' or 't' or 'm' or 'p') && !name.Contains("..", StringComparison.Ordinal)
            ? Path.Combine(root, name)
            : throw new ArgumentException("Not a stored document name.", nameof(name));
}
