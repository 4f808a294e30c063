using System.Security.Cryptography;
using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Credentials;
using MerchantPortal.Domain.Enrollments;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Features.Onboarding.Wizard;
using MerchantPortal.Infrastructure.Audit;
using MerchantPortal.Platforms;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Credentials;

/// <summary>
/// Issues and rotates an enrollment's credentials for the members of its organization. Sandbox credentials are
/// issued on the first visit to the "API keys" step, whatever the review's state; every private key is
/// encrypted at rest and never logged; every creation and rotation is audited (fingerprints, never keys).
/// </summary>
public sealed class CredentialService(
    IDbContextFactory<PortalDbContext> dbFactory,
    IDataProtectionProvider protection,
    IEnumerable<ICredentialProfile> profiles,
    AuditTrail audit,
    TimeProvider clock)
{
    public const string ProtectorPurpose = "MerchantPortal.Credentials.v1";

    private readonly IDataProtector protector = protection.CreateProtector(ProtectorPurpose);

    /// <summary>The organization's open application's enrollments, issuing sandbox credentials where none exist yet; null for a non-member.</summary>
    public async Task<ApiKeysView?> GetAsync(string userId, Guid organizationId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        if (!await WizardStepWriter.IsMemberAsync(db, userId, organizationId))
        {
            return null;
        }

        var applicationId = await db.Applications.Where(a => a.OrganizationId == organizationId && a.State != ApplicationState.Rejected && a.State != ApplicationState.Withdrawn)
            .Select(a => (Guid?)a.Id).SingleOrDefaultAsync();
        if (applicationId is null)
        {
            return null;
        }

        var enrollments = await db.Enrollments.AsNoTracking().Where(e => e.ApplicationId == applicationId).OrderBy(e => e.PlatformCode).ToListAsync();
        foreach (var enrollment in enrollments.Where(e => Profile(e.PlatformCode) is not null))
        {
            await EnsureSandboxAsync(enrollment, userId);
        }

        var ids = enrollments.Select(e => e.Id).ToList();
        var credentials = await db.Credentials.AsNoTracking().Include(c => c.Keys).Where(c => ids.Contains(c.EnrollmentId)).ToListAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        return new ApiKeysView(applicationId.Value, [.. enrollments.Select(e => new ApiKeysView.Platform(e.Id, e.PlatformCode, e.State,
            View(credentials.SingleOrDefault(c => c.EnrollmentId == e.Id && c.Environment == CredentialEnvironment.Sandbox), now),
            View(credentials.SingleOrDefault(c => c.EnrollmentId == e.Id && c.Environment == CredentialEnvironment.Live), now)))]);
    }

    /// <summary>Generates an RSA-2048 key pair; the private key waits, encrypted, for its one download.</summary>
    /// <param name="keep">Whether the portal also keeps the private key, encrypted, to run the go-live suite itself.</param>
    /// <param name="overlapUntilUtc">For a rotation: until when the keys valid now stay valid.</param>
    public async Task<Guid> GenerateKeyAsync(string userId, Guid enrollmentId, bool keep, DateTime? overlapUntilUtc)
    {
        using var rsa = RSA.Create(PublicKeyInfo.RequiredKeySize);
        var pem = protector.Protect(rsa.ExportPkcs8PrivateKeyPem());
        return await AddMerchantKeyAsync(userId, enrollmentId, PublicKeyInfo.Of(rsa), KeyOrigin.Generated, keep ? pem : null, pem, overlapUntilUtc);
    }

    /// <summary>Registers the public key of a pair the merchant made; the portal never sees its private half.</summary>
    public Task<Guid> RegisterKeyAsync(string userId, Guid enrollmentId, string? pastedPublicKey, DateTime? overlapUntilUtc) =>
        AddMerchantKeyAsync(userId, enrollmentId, PastedPublicKey.Parse(pastedPublicKey), KeyOrigin.Pasted, null, null, overlapUntilUtc);

    /// <summary>The sandbox starts signing with a new platform key; the old one still verifies until the window ends.</summary>
    public async Task RotatePlatformKeyAsync(string userId, Guid enrollmentId, DateTime overlapUntilUtc)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var credentials = await SandboxCredentialsAsync(db, userId, enrollmentId);
        using var rsa = RSA.Create(PublicKeyInfo.RequiredKeySize);
        var key = credentials.RotatePlatformKey(PublicKeyInfo.Of(rsa), protector.Protect(rsa.ExportPkcs8PrivateKeyPem()), overlapUntilUtc, userId, Now);
        await SaveAsync(db, userId, "credentials.platform-key-rotate", credentials, new { fingerprint = key.Fingerprint, overlapUntil = overlapUntilUtc });
    }

    public async Task SetNotifyUrlAsync(string userId, Guid enrollmentId, string? url)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var credentials = await SandboxCredentialsAsync(db, userId, enrollmentId);
        credentials.SetNotifyUrl(url);
        await SaveAsync(db, userId, "credentials.notify-url", credentials, new { url = credentials.NotifyUrl });
    }

    /// <summary>A generated private key, PEM, exactly once; afterwards <see cref="DomainErrors.PrivateKeyGone"/>.</summary>
    public async Task<(string FileName, string Pem)> TakePrivateKeyAsync(string userId, Guid keyId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var credentialsId = await db.CredentialKeys.Where(k => k.Id == keyId).Select(k => (Guid?)k.CredentialsId).SingleOrDefaultAsync()
            ?? throw new DomainException(DomainErrors.PrivateKeyGone);
        var credentials = await db.Credentials.Include(c => c.Keys).SingleAsync(c => c.Id == credentialsId);
        var enrollment = await MemberEnrollmentAsync(db, userId, credentials.EnrollmentId);
        var pem = protector.Unprotect(credentials.TakePrivateKeyDownload(keyId, Now));
        var key = credentials.Keys.Single(k => k.Id == keyId);
        await SaveAsync(db, userId, "credentials.private-key-download", credentials, new { fingerprint = key.Fingerprint });
        return ($"{enrollment.PlatformCode}-{credentials.AppId}-private-key-{key.Fingerprint[..8]}.pem", pem);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private ICredentialProfile? Profile(string platformCode) => profiles.FirstOrDefault(i => i.PlatformCode == platformCode);

    private async Task<Guid> AddMerchantKeyAsync(string userId, Guid enrollmentId, PublicKeyInfo key, KeyOrigin origin, string? kept, string? download, DateTime? overlapUntilUtc)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var credentials = await SandboxCredentialsAsync(db, userId, enrollmentId);
        var rotation = credentials.Current(KeyRole.Merchant, Now) is not null;
        var added = credentials.AddMerchantKey(key, origin, kept, download, overlapUntilUtc, userId, Now);
        await SaveAsync(db, userId, rotation ? "credentials.key-rotate" : "credentials.key-add", credentials,
            new { fingerprint = added.Fingerprint, origin = origin.ToString(), kept = kept is not null, overlapUntil = rotation ? overlapUntilUtc : null });
        return added.Id;
    }

    private async Task EnsureSandboxAsync(PlatformEnrollment enrollment, string userId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        if (await db.Credentials.AnyAsync(c => c.EnrollmentId == enrollment.Id && c.Environment == CredentialEnvironment.Sandbox))
        {
            return;
        }

        using var rsa = RSA.Create(PublicKeyInfo.RequiredKeySize);
        var credentials = EnrollmentCredentials.Issue(enrollment.Id, CredentialEnvironment.Sandbox, Profile(enrollment.PlatformCode)!.NewAppId(CredentialEnvironment.Sandbox),
            PublicKeyInfo.Of(rsa), protector.Protect(rsa.ExportPkcs8PrivateKeyPem()), userId, Now);
        db.Credentials.Add(credentials);
        try
        {
            await SaveAsync(db, userId, "credentials.issue", credentials, new { platform = enrollment.PlatformCode, environment = credentials.Environment.ToString(), appId = credentials.AppId });
        }
        catch (DbUpdateException)
        {
            // A visit in another tab issued them first (the unique index): theirs stand.
        }
    }

    private async Task<EnrollmentCredentials> SandboxCredentialsAsync(PortalDbContext db, string userId, Guid enrollmentId)
    {
        await MemberEnrollmentAsync(db, userId, enrollmentId);
        return await db.Credentials.Include(c => c.Keys).SingleOrDefaultAsync(c => c.EnrollmentId == enrollmentId && c.Environment == CredentialEnvironment.Sandbox)
            ?? throw new DomainException(DomainErrors.CredentialsNotIssued);
    }

    /// <summary>The enrollment, when the user belongs to its organization and its application is still open; otherwise as if it did not exist.</summary>
    private static async Task<PlatformEnrollment> MemberEnrollmentAsync(PortalDbContext db, string userId, Guid enrollmentId)
    {
        var found = await (from e in db.Enrollments
                           join a in db.Applications on e.ApplicationId equals a.Id
                           where e.Id == enrollmentId && a.State != ApplicationState.Rejected && a.State != ApplicationState.Withdrawn
                                 && db.OrganizationMembers.Any(m => m.OrganizationId == a.OrganizationId && m.UserId == userId)
                           select e).AsNoTracking().SingleOrDefaultAsync();
        return found ?? throw new DomainException(DomainErrors.ApplicationNotFound);
    }

    private Task SaveAsync(PortalDbContext db, string userId, string action, EnrollmentCredentials credentials, object details) =>
        audit.SaveWithAsync(db, new AuditRecord(userId, action, "Enrollment", credentials.EnrollmentId.ToString(), details));

    private static ApiKeysView.Credentials? View(EnrollmentCredentials? credentials, DateTime now) => credentials is null
        ? null
        : new ApiKeysView.Credentials(credentials.Environment, credentials.AppId, credentials.NotifyUrl,
            [.. credentials.ValidKeys(KeyRole.Platform, now).Select(KeyView)], [.. credentials.ValidKeys(KeyRole.Merchant, now).Select(KeyView)]);

    private static ApiKeysView.Key KeyView(CredentialKey key) => new(key.Id, key.Origin, key.PublicKey, key.Fingerprint, key.CreatedAtUtc, key.ValidUntilUtc,
        key.Origin != KeyOrigin.Platform && key.ProtectedPrivateKey is not null, key.ProtectedDownload is not null);
}
