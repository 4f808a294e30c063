using System.Security.Cryptography;
using MerchantPortal.Data;
using MerchantPortal.Domain.Credentials;
using MerchantPortal.Platforms;
using MerchantPortal.Platforms.Sandbox;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Credentials;

/// <summary>
/// Adds and rotates an enrollment's keys for the members of its organization: the merchant's signing key (generated
/// here, its private key offered once, or registered from a pasted public key or certificate), the sandbox's platform
/// key, and the shared API v3 key. A rotation keeps the keys valid now until the end of the overlap chosen.
/// </summary>
public sealed class KeyService(
    IDbContextFactory<PortalDbContext> dbFactory, CredentialStore store, CredentialIssuer issuer, SandboxCertificateAuthority authority,
    IEnumerable<ICredentialProfile> profiles, TimeProvider clock)
{
    /// <param name="keep">Whether the portal also keeps the private key, encrypted, to run the go-live suite itself.</param>
    /// <param name="overlap">For a rotation: how long the keys valid now stay valid beside the new one (zero: not at all).</param>
    public async Task<Guid> GenerateKeyAsync(string userId, Guid enrollmentId, bool keep, TimeSpan? overlap)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var (credentials, profile) = await LoadAsync(db, userId, enrollmentId);
        using var rsa = RSA.Create(PublicKeyInfo.RequiredKeySize);
        var key = profile.UsesCertificates
            ? IssuedKey.Of(await authority.IssueAsync(rsa, credentials.MerchantId ?? credentials.AppId, "MerchantPortal Sandbox Merchant"))
            : new IssuedKey(PublicKeyInfo.Of(rsa));
        var pem = store.Protector.Protect(rsa.ExportPkcs8PrivateKeyPem());
        return await AddMerchantKeyAsync(db, userId, credentials, key, KeyOrigin.Generated, keep ? pem : null, pem, overlap);
    }

    /// <summary>Registers a public key (or, where the platform uses them, a certificate) of a pair the merchant made; the portal never sees its private half.</summary>
    public async Task<Guid> RegisterKeyAsync(string userId, Guid enrollmentId, string? pasted, TimeSpan? overlap)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var (credentials, profile) = await LoadAsync(db, userId, enrollmentId);
        var key = profile.UsesCertificates ? IssuedKey.Of(CertificateInfo.Parse(pasted, Now)) : new IssuedKey(PastedPublicKey.Parse(pasted));
        return await AddMerchantKeyAsync(db, userId, credentials, key, KeyOrigin.Pasted, null, null, overlap);
    }

    /// <summary>The sandbox starts signing with a new platform key; the old one still verifies until the window ends.</summary>
    public async Task RotatePlatformKeyAsync(string userId, Guid enrollmentId, TimeSpan overlap)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var (credentials, profile) = await LoadAsync(db, userId, enrollmentId);
        var (issued, protectedPrivateKey) = await issuer.NewPlatformKeyAsync(profile, credentials.MerchantId);
        var now = Now;
        var key = credentials.RotatePlatformKey(issued, protectedPrivateKey, now + overlap, userId, now);
        await store.SaveAsync(db, userId, "credentials.platform-key-rotate", credentials, new { fingerprint = key.Fingerprint, keyId = key.KeyId, overlapUntil = now + overlap });
    }

    /// <summary>
    /// Sets the API v3 key — generated here when <paramref name="entered"/> is null — and returns it: the only time it
    /// is shown. WeChat Pay has one API v3 key at a time, so a new one replaces the old at once.
    /// </summary>
    public async Task<string> SetApiV3KeyAsync(string userId, Guid enrollmentId, string? entered)
    {
        var secret = entered is null ? ApiV3Key.Generate() : ApiV3Key.Validate(entered);
        await using var db = await dbFactory.CreateDbContextAsync();
        var (credentials, _) = await LoadAsync(db, userId, enrollmentId);
        var now = Now;
        var rotation = credentials.Current(KeyRole.SharedSecret, now) is not null;
        var added = credentials.AddSharedSecret(ApiV3Key.FingerprintOf(secret), store.Protector.Protect(secret), rotation ? now : null, userId, now);
        await store.SaveAsync(db, userId, rotation ? "credentials.secret-rotate" : "credentials.secret-add", credentials,
            new { fingerprint = added.Fingerprint, origin = entered is null ? "Generated" : "Entered" });
        return secret;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<(EnrollmentCredentials Credentials, ICredentialProfile Profile)> LoadAsync(PortalDbContext db, string userId, Guid enrollmentId)
    {
        var credentials = await CredentialStore.SandboxCredentialsAsync(db, userId, enrollmentId);
        var code = await db.Enrollments.Where(e => e.Id == enrollmentId).Select(e => e.PlatformCode).SingleAsync();
        return (credentials, profiles.Single(p => p.PlatformCode == code));
    }

    private async Task<Guid> AddMerchantKeyAsync(PortalDbContext db, string userId, EnrollmentCredentials credentials, IssuedKey key, KeyOrigin origin,
        string? kept, string? download, TimeSpan? overlap)
    {
        var now = Now;
        var rotation = credentials.Current(KeyRole.Merchant, now) is not null;
        var overlapUntilUtc = now + overlap;
        var added = credentials.AddMerchantKey(key, origin, kept, download, overlapUntilUtc, userId, now);
        await store.SaveAsync(db, userId, rotation ? "credentials.key-rotate" : "credentials.key-add", credentials,
            new { fingerprint = added.Fingerprint, serial = added.KeyId, origin = origin.ToString(), kept = kept is not null, overlapUntil = rotation ? overlapUntilUtc : null });
        return added.Id;
    }
}
