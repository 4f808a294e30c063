using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace MerchantPortal.Infrastructure.Passwords;

/// <summary>
/// The shipped list of common and breached passwords (README.md beside this file), read once on first use into a
/// sorted array of 64-bit hashes: about 3.5 MB instead of the ~30 MB the strings would take, with a chance of a false
/// match of about one in 4·10¹³ per check. Comparison ignores case.
/// </summary>
public sealed class CommonPasswordList
{
    public const string ResourceName = "MerchantPortal.Infrastructure.Passwords.common-passwords.txt.gz";

    private readonly Lazy<ulong[]> hashes = new(Load);

    public int Count => hashes.Value.Length;

    public bool Contains(string password) =>
        password.Length > 0 && Array.BinarySearch(hashes.Value, Hash(password)) >= 0;

    private static ulong[] Load()
    {
        using var stream = typeof(CommonPasswordList).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The common password list ({ResourceName}) is not embedded.");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress), Encoding.UTF8);
        var list = new List<ulong>(450_000);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                list.Add(Hash(line));
            }
        }

        var sorted = list.Distinct().ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    private static ulong Hash(string password)
    {
        var lower = password.ToLowerInvariant();
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(lower), digest);
        return BinaryPrimitives.ReadUInt64BigEndian(digest);
    }
}
