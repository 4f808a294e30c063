using System.Security.Cryptography;
using MerchantPortal.Data;
using MerchantPortal.Domain.Credentials;
using MerchantPortal.Domain.Enrollments;
using MerchantPortal.Platforms;
using MerchantPortal.Platforms.Sandbox;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Credentials;

/// <summary>
/// Issues an enrollment's credentials — app id, merchant id where the platform has one, the platform's key pair (with a
/// certificate and a public key id where the platform names keys): the sandbox's on the first visit to the API keys
/// step, the live ones at go-live, and new platform keys on rotation.
/// </summary>
public sealed class CredentialIssuer(
    IDbContextFactory<PortalDbContext> dbFactory, CredentialStore store, SandboxCertificateAuthority authority, TimeProvider clock)
{
    public async Task EnsureAsync(PlatformEnrollment enrollment, ICredentialProfile profile, string userId)
    {
        // A failed save is a visit in another tab that issued them first, or (rarely) an id already taken: look again.
        for (var attempt = 0; attempt < 3 && !await TryIssueAsync(enrollment, profile, userId); attempt++)
        {
        }
    }

    /// <summary>A new platform key pair, its private half encrypted, named as the platform names keys.</summary>
    public async Task<(IssuedKey Key, string ProtectedPrivateKey)> NewPlatformKeyAsync(ICredentialProfile profile, string? merchantId)
    {
        using var rsa = RSA.Create(PublicKeyInfo.RequiredKeySize);
        var key = profile.UsesCertificates
            ? await PlatformCertificateAsync(rsa, profile, merchantId!)
            : new IssuedKey(PublicKeyInfo.Of(rsa));
        return (key, store.Protector.Protect(rsa.ExportPkcs8PrivateKeyPem()));
    }

    private async Task<IssuedKey> PlatformCertificateAsync(RSA rsa, ICredentialProfile profile, string merchantId)
    {
        var certificate = await authority.IssueAsync(rsa, $"{profile.PlatformCode} sandbox platform", "MerchantPortal Sandbox");
        return new IssuedKey(certificate.Key, profile.NewPublicKeyId(merchantId) ?? certificate.Serial, certificate.Pem, certificate.Serial);
    }

    /// <summary>Adds the live credentials to <paramref name="db"/>'s unit of work, which saves them with the move to live.</summary>
    public async Task<EnrollmentCredentials> IssueLiveAsync(PortalDbContext db, EnrollmentCredentials tested, ICredentialProfile profile, string userId)
    {
        var merchantId = profile.NewMerchantId(CredentialEnvironment.Live);
        var (platformKey, protectedPrivateKey) = await NewPlatformKeyAsync(profile, merchantId);
        var live = EnrollmentCredentials.IssueLive(tested, profile.NewAppId(CredentialEnvironment.Live), merchantId, platformKey, protectedPrivateKey, userId,
            clock.GetUtcNow().UtcDateTime);
        db.Credentials.Add(live);
        return live;
    }

    /// <returns>Whether the enrollment has its sandbox credentials now.</returns>
    private async Task<bool> TryIssueAsync(PlatformEnrollment enrollment, ICredentialProfile profile, string userId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        if (await db.Credentials.AnyAsync(c => c.EnrollmentId == enrollment.Id && c.Environment == CredentialEnvironment.Sandbox))
        {
            return true;
        }

        var merchantId = profile.NewMerchantId(CredentialEnvironment.Sandbox);
        var (platformKey, protectedPrivateKey) = await NewPlatformKeyAsync(profile, merchantId);
        var credentials = EnrollmentCredentials.Issue(enrollment.Id, CredentialEnvironment.Sandbox, profile.NewAppId(CredentialEnvironment.Sandbox), merchantId,
            platformKey, protectedPrivateKey, userId, clock.GetUtcNow().UtcDateTime);
        db.Credentials.Add(credentials);
        try
        {
            await store.SaveAsync(db, userId, "credentials.issue", credentials,
                new { platform = enrollment.PlatformCode, environment = credentials.Environment.ToString(), appId = credentials.AppId, mchid = merchantId });
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }
}
