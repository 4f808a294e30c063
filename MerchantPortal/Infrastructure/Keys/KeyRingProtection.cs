using MerchantPortal.Infrastructure.Storage;
using Microsoft.AspNetCore.DataProtection;

namespace MerchantPortal.Infrastructure.Keys;

/// <summary>
/// The Data Protection key ring encrypted at rest with an X.509 certificate (docs/decisions/0021). Production must be
/// given one; Development makes its own in <c>&lt;data&gt;/secrets</c>. Keys written unencrypted before still read,
/// and certificates used before are kept for decryption only, so the certificate can be rotated.
/// </summary>
public static class KeyRingProtection
{
    public const string CertificateSetting = "DataProtection:KeyEncryptionCertificate";
    public const string PasswordSetting = "DataProtection:KeyEncryptionCertificatePassword";
    public const string PreviousSetting = "DataProtection:PreviousKeyEncryptionCertificates";
    public const string DevelopmentFileName = "key-encryption.pfx";

    public static readonly string MissingMessage =
        $"The Data Protection key ring must be encrypted at rest, and no certificate is configured. Set {CertificateSetting} " +
        "(environment variable DataProtection__KeyEncryptionCertificate) to the path of a .pfx file holding an RSA certificate " +
        "with its private key, and DataProtection__KeyEncryptionCertificatePassword to its password (README: Keys and secrets).";

    public static IDataProtectionBuilder ProtectKeysAtRest(
        this IDataProtectionBuilder dataProtection, IConfiguration configuration, IHostEnvironment environment, DataDirectory dataDirectory)
    {
        var password = configuration[PasswordSetting] is { Length: > 0 } configured ? configured : null;
        var path = configuration[CertificateSetting] is { Length: > 0 } given ? Resolve(environment, given) : null;
        if (path is null)
        {
            if (!environment.IsDevelopment())
            {
                throw new InvalidOperationException(MissingMessage);
            }

            path = DevelopmentSecrets.PathOf(dataDirectory, DevelopmentFileName);
            if (!File.Exists(path))
            {
                EnsureNothingEncryptedWithAnother(dataDirectory, path);
                KeyEncryptionCertificate.Create(path, password);
                GeneratedSecretsAnnouncer.Announce(dataProtection.Services,
                    new GeneratedSecret("the key ring's encryption certificate", path, CertificateSetting));
            }
        }

        dataProtection.ProtectKeysWithCertificate(KeyEncryptionCertificate.Load(path, password, CertificateSetting));
        var previous = configuration.GetSection(PreviousSetting).GetChildren()
            .Select(item => KeyEncryptionCertificate.Load(Resolve(environment, item["Path"] ?? ""),
                item["Password"] is { Length: > 0 } secret ? secret : null, $"{item.Path}:Path"))
            .ToArray();
        if (previous.Length > 0)
        {
            dataProtection.UnprotectKeysWithAnyCertificate(previous);
        }

        return dataProtection;
    }

    // A new certificate over keys encrypted with a lost one would silently replace the key ring, and with it
    // everything encrypted at rest: refuse instead (a restore without secrets/, a deleted certificate).
    private static void EnsureNothingEncryptedWithAnother(DataDirectory dataDirectory, string path)
    {
        var keys = dataDirectory.Combine("keys");
        var encrypted = Directory.EnumerateFiles(keys, "*.xml")
            .Any(file => File.ReadAllText(file).Contains("<encryptedSecret", StringComparison.Ordinal));
        if (encrypted)
        {
            throw new InvalidOperationException(
                $"The key ring in '{keys}' is encrypted with a certificate that is not at '{path}': put that certificate back " +
                $"(or set {CertificateSetting} to it). A new certificate would make the key ring and everything it protects unreadable.");
        }
    }

    private static string Resolve(IHostEnvironment environment, string path) => Path.GetFullPath(path, environment.ContentRootPath);
}
