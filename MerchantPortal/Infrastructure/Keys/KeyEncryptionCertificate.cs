using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MerchantPortal.Infrastructure.Keys;

/// <summary>The X.509 certificates (RSA, with private key) the Data Protection key ring is encrypted with.</summary>
public static class KeyEncryptionCertificate
{
    /// <summary>Opens a .pfx; every way it can be unusable is said in words that name the setting to fix.</summary>
    public static X509Certificate2 Load(string path, string? password, string setting)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{setting} points at '{path}', which does not exist.");
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, StorageFlags);
        }
        catch (CryptographicException e)
        {
            throw new InvalidOperationException(
                $"The certificate at '{path}' ({setting}) could not be opened: check the file and its password.", e);
        }

        using var rsa = certificate.GetRSAPrivateKey();
        if (rsa is null)
        {
            throw new InvalidOperationException($"The certificate at '{path}' ({setting}) has no RSA private key; one is needed.");
        }

        return certificate;
    }

    /// <summary>A self-signed RSA-3072 certificate for Development, written as a .pfx only the portal's user can read.</summary>
    public static void Create(string path, string? password)
    {
        using var rsa = RSA.Create(3072);
        var request = new CertificateRequest(
            "CN=MerchantPortal key ring (Development)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment, critical: true));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(10));
        DevelopmentSecrets.Write(path, certificate.Export(X509ContentType.Pkcs12, password));
    }

    // macOS cannot hold a key only in memory; elsewhere nothing of the key is left in a user profile or key store.
    private static X509KeyStorageFlags StorageFlags =>
        OperatingSystem.IsMacOS() ? X509KeyStorageFlags.DefaultKeySet : X509KeyStorageFlags.EphemeralKeySet;
}
