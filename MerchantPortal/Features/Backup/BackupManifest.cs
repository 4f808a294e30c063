using MerchantPortal.Infrastructure.Storage;
using System.Text.Json;

namespace MerchantPortal.Features.Backup;

/// <summary>
/// <c>manifest.json</c>, written last into a backup folder: a backup without one was interrupted and is refused.
/// Restore accepts exactly the files listed here, each with its size and SHA-256.
/// </summary>
public sealed record BackupManifest(
    int Format,
    DateTime CreatedAtUtc,
    string PortalVersion,
    BackupCounts Counts,
    bool ContainsSecrets,
    string Notice,
    IReadOnlyList<BackupFile> Files)
{
    public const string FileName = "manifest.json";
    public const int CurrentFormat = 1;
    public const string DatabaseFile = PortalDatabase.FileName;
    public const string KeysFolder = "keys";
    public const string DocumentsFolder = "documents";
    public const string SecretsFolder = "secrets";

    public const string SecretNotice =
        "This backup holds the Data Protection key ring (keys/), which decrypts the ID numbers, bank accounts and " +
        "private keys in portal.db: keep it as safe as the data itself. In production the key-encryption certificate " +
        "(DataProtection:KeyEncryptionCertificate) and the audit keys (Audit:Keys:<id>) live in a secret store, not in " +
        "this backup: keep them there, separately; without them this backup cannot be read or verified. A backup that " +
        "contains secrets/ is as secret as those secrets.";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public bool HasKeyRing => Files.Any(f => IsKeyRingFile(f.Path));

    /// <summary>A key of the Data Protection key ring (<c>keys/key-&lt;id&gt;.xml</c>), as opposed to other files kept there.</summary>
    public static bool IsKeyRingFile(string relativePath) =>
        relativePath.StartsWith(KeysFolder + "/key-", StringComparison.Ordinal) && relativePath.EndsWith(".xml", StringComparison.Ordinal);

    public async Task WriteAsync(string folder) =>
        await File.WriteAllTextAsync(Path.Combine(folder, FileName), JsonSerializer.Serialize(this, Json));

    /// <summary>The manifest in <paramref name="folder"/>, or null when there is none or it cannot be read.</summary>
    public static async Task<BackupManifest?> ReadAsync(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<BackupManifest>(await File.ReadAllTextAsync(path), Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
