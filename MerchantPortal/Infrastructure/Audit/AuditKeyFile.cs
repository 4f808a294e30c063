using System.Security.Cryptography;
using System.Text.Json;
using MerchantPortal.Domain.Audit;
using MerchantPortal.Infrastructure.Keys;

namespace MerchantPortal.Infrastructure.Audit;

/// <summary>
/// Development's audit keys, in <c>&lt;data&gt;/secrets/audit-keys.json</c>, shaped like the configuration section
/// (<c>{"CurrentKeyId": "…", "Keys": {"…": "base64"}}</c>) so it can be copied into production settings as it is.
/// </summary>
public sealed record AuditKeyFile(string CurrentKeyId, Dictionary<string, string> Keys)
{
    public const string FileName = "audit-keys.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>Reads the file, or creates it with one new random key named after today; true when it was created.</summary>
    public static (AuditKeyFile File, bool Created) LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            return (JsonSerializer.Deserialize<AuditKeyFile>(File.ReadAllBytes(path))
                ?? throw new InvalidOperationException($"'{path}' holds no audit keys."), false);
        }

        var id = "dev-" + DateTime.UtcNow.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(AuditKey.MinimumSecretBytes));
        var created = new AuditKeyFile(id, new() { [id] = secret });
        DevelopmentSecrets.Write(path, JsonSerializer.SerializeToUtf8Bytes(created, Json));
        return (created, true);
    }
}
