using System.Security.Cryptography;

namespace MerchantPortal.Infrastructure.Storage;

/// <summary>
/// Documents on the local disk, outside wwwroot, each under a generated name. A file is written to a
/// temporary name, flushed to disk, then renamed, so a crash never leaves half a document behind.
/// </summary>
public sealed class DocumentStore(DataDirectory dataDirectory)
{
    private readonly string root = dataDirectory.Combine("documents");

    public string Root => root;

    public async Task<(string StoredName, string Sha256)> SaveAsync(byte[] content, CancellationToken cancellationToken = default)
    {
        var storedName = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var temp = Path.Combine(root, storedName + ".tmp");
        await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.WriteThrough))
        {
            await file.WriteAsync(content, cancellationToken);
            await file.FlushAsync(cancellationToken);
        }

        File.Move(temp, Path.Combine(root, storedName));
        return (storedName, Convert.ToHexStringLower(SHA256.HashData(content)));
    }

    public Stream OpenRead(string storedName) => File.OpenRead(PathOf(storedName));

    public void Delete(string storedName) => File.Delete(PathOf(storedName));

    /// <summary>Stored files and leftover temporary files, with their age, for the janitor.</summary>
    public IEnumerable<(string Name, DateTime LastWriteUtc)> Files() =>
        new DirectoryInfo(root).EnumerateFiles().Select(f => (f.Name, f.LastWriteTimeUtc));

    // Stored names are ours (hex, optionally ".tmp"); anything else never reaches the file system.
    private string PathOf(string name) =>
        name.All(c => char.IsAsciiHexDigitLower(c) || c is '.' or 't' or 'm' or 'p') && !name.Contains("..", StringComparison.Ordinal)
            ? Path.Combine(root, name)
            : throw new ArgumentException("Not a stored document name.", nameof(name));
}
