using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MerchantPortal.Data;
using MerchantPortal.Domain.Credentials;
using MerchantPortal.Features.Credentials;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Platforms.Sandbox;

/// <summary>
/// Issues the certificates of the sandbox — a merchant's API certificate, the platform's certificate — signed by
/// one RSA-2048 authority made on first use and kept (its key encrypted) in the database.
/// </summary>
public sealed class SandboxCertificateAuthority(IDbContextFactory<PortalDbContext> dbFactory, IDataProtectionProvider protection, TimeProvider clock)
{
    public static readonly TimeSpan Validity = TimeSpan.FromDays(5 * 365);

    private readonly IDataProtector protector = protection.CreateProtector(CredentialStore.ProtectorPurpose);
    private readonly SemaphoreSlim creating = new(1, 1);

    /// <summary>A certificate for <paramref name="subjectKey"/>, with a fresh 20-byte serial number as WeChat Pay's have.</summary>
    public async Task<CertificateInfo> IssueAsync(RSA subjectKey, string commonName, string organization)
    {
        using var authority = await AuthorityAsync();
        var now = clock.GetUtcNow();
        var request = new CertificateRequest(new X500DistinguishedName($"CN={commonName}, O={organization}, C=CN"), subjectKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        var serial = RandomNumberGenerator.GetBytes(20);
        serial[0] = (byte)((serial[0] & 0x7F) | 0x10);
        using var issued = request.Create(authority, now.AddMinutes(-5), now + Validity, serial);
        return CertificateInfo.Of(issued);
    }

    private async Task<X509Certificate2> AuthorityAsync()
    {
        await creating.WaitAsync();
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            var stored = await db.Set<SandboxAuthority>().SingleOrDefaultAsync();
            if (stored is null)
            {
                using var key = RSA.Create(PublicKeyInfo.RequiredKeySize);
                var request = new CertificateRequest("CN=MerchantPortal Sandbox CA, O=MerchantPortal, C=CN", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
                request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
                using var created = request.CreateSelfSigned(clock.GetUtcNow().AddMinutes(-5), clock.GetUtcNow().AddYears(20));
                stored = new SandboxAuthority(created.ExportCertificatePem(), protector.Protect(key.ExportPkcs8PrivateKeyPem()), clock.GetUtcNow().UtcDateTime);
                db.Add(stored);
                await db.SaveChangesAsync();
            }

            using var certificate = X509Certificate2.CreateFromPem(stored.CertificatePem);
            using var privateKey = RSA.Create();
            privateKey.ImportFromPem(protector.Unprotect(stored.ProtectedPrivateKey));
            return certificate.CopyWithPrivateKey(privateKey);
        }
        finally
        {
            creating.Release();
        }
    }
}
