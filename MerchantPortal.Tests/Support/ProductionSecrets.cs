using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MerchantPortal.Tests.Support;

/// <summary>
/// The secrets Production refuses to start without, made fresh for one test: a self-signed RSA certificate (.pfx with
/// a password) that encrypts the Data Protection key ring, and a random 256-bit audit key with its id.
/// </summary>
public sealed class ProductionSecrets : IDisposable
{
    private const string AuditKeyId = "test-1";

    private ProductionSecrets(string folder, IReadOnlyDictionary<string, string> settings)
    {
        Folder = folder;
        Settings = settings;
    }

    public string Folder { get; }

    /// <summary>Configuration keys (<c>Section:Key</c>) and their values.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; }

    /// <summary>The same settings as environment variables (<c>Section__Key</c>), as a deployment would pass them.</summary>
    public IEnumerable<KeyValuePair<string, string>> EnvironmentVariables =>
        Settings.Select(s => KeyValuePair.Create(s.Key.Replace(":", "__", StringComparison.Ordinal), s.Value));

    public static ProductionSecrets Create()
    {
        var folder = Directory.CreateTempSubdirectory("merchantportal-secrets-").FullName;
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=MerchantPortal key encryption (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var pfx = Path.Combine(folder, "key-encryption.pfx");
        File.WriteAllBytes(pfx, certificate.Export(X509ContentType.Pfx, password));

        return new ProductionSecrets(folder, new Dictionary<string, string>
        {
            ["DataProtection:KeyEncryptionCertificate"] = pfx,
            ["DataProtection:KeyEncryptionCertificatePassword"] = password,
            [$"Audit:Keys:{AuditKeyId}"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Audit:CurrentKeyId"] = AuditKeyId,
        });
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A process that still holds the file; the temp folder is cleaned by the OS.
        }
    }
}
