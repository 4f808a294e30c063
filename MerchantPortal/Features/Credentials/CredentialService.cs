using System.Security.Cryptography;
using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Credentials;
using MerchantPortal.Domain.Enrollments;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Features.Onboarding.Wizard;
using MerchantPortal.Infrastructure.Audit;
using MerchantPortal.Platforms;
using MerchantPortal.Platforms.Sandbox;
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
    IConfiguration configuration,
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
        var sandboxOn = configuration.GetValue<bool>(SandboxServices.EnabledKey);
        foreach (var enrollment in enrollments.Where(e => sandboxOn && Profile(e.PlatformCode) is not null))
        {
            await EnsureSandboxAsync(enrollment, userId);
        }

        var ids = enrollments.Select(e => e.Id).ToList();
        var now = Now;
        // A private key nobody downloaded within its window is gone: drop its encrypted copy.
        await db.CredentialKeys.Where(k => k.ProtectedDownload != null && k.CreatedAtUtc < now - CredentialKey.DownloadWindow
                && db.Credentials.Any(c => c.Id == k.CredentialsId && ids.Contains(c.EnrollmentId)))
            .ExecuteUpdateAsync(k => k.SetProperty(x => x.ProtectedDownload, (string?)null));
        var credentials = await db.Credentials.AsNoTracking().Include(c => c.Keys).Where(c => ids.Contains(c.EnrollmentId)).ToListAsync();
        return new ApiKeysView(applicationId.Value, !sandboxOn, [.. enrollments.Select(e => new ApiKeysView.Platform(e.Id, e.PlatformCode, e.State,
            View(credentials.SingleOrDefault(c => c.EnrollmentId == e.Id && c.Environment == CredentialEnvironment.Sandbox), userId, now),
            View(credentials.SingleOrDefault(c => c.EnrollmentId == e.Id && c.Environment == CredentialEnvironment.Live), userId, now)))]);
    }

    /// <summary>Generates an RSA-2048 key pair; the private key waits, encrypted, for its one download.</summary>
    /// <param name="keep">Whether the portal also keeps the private key, encrypted, to run the go-live suite itself.</param>
    /// <param name="overlap">For a rotation: how long the keys valid now stay valid beside the new one (zero: not at all).</param>
    public async Task<Guid> GenerateKeyAsync(string userId, Guid enrollmentId, bool keep, TimeSpan? overlap)
    {
        using var rsa = RSA.Create(PublicKeyInfo.RequiredKeySize);
        var pem = protector.Protect(rsa.ExportPkcs8PrivateKeyPem());
        return await AddMerchantKeyAsync(userId, enrollmentId, PublicKeyInfo.Of(rsa), KeyOrigin.Generated, keep ? pem : null, pem, overlap);
    }

    /// <summary>Registers the public key of a pair the merchant made; the portal never sees its private half.</summary>
    public Task<Guid> RegisterKeyAsync(string userId, Guid enrollmentId, string? pastedPublicKey, TimeSpan? overlap) =>
        AddMerchantKeyAsync(userId, enrollmentId, PastedPublicKey.Parse(pastedPublicKey), KeyOrigin.Pasted, null, null, overlap);

    /// <summary>The sandbox starts signing with a new platform key; the old one still verifies until the window ends.</summary>
    public async Task RotatePlatformKeyAsync(string userId, Guid enrollmentId, TimeSpan overlap)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var credentials = await SandboxCredentialsAsync(db, userId, enrollmentId);
        using var rsa = RSA.Create(PublicKeyInfo.RequiredKeySize);
        var now = Now;
        var key = credentials.RotatePlatformKey(PublicKeyInfo.Of(rsa), protector.Protect(rsa.ExportPkcs8PrivateKeyPem()), now + overlap, userId, now);
        await SaveAsync(db, userId, "credentials.platform-key-rotate", credentials, new { fingerprint = key.Fingerprint, overlapUntil = now + overlap });
    }

    public async Task SetNotifyUrlAsync(string userId, Guid enrollmentId, string? url)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var credentials = await SandboxCredentialsAsync(db, userId, enrollmentId);
        credentials.SetNotifyUrl(url);
        // The address without its query: a merchant may have put a token there.
        await SaveAsync(db, userId, "credentials.notify-url", credentials,
            new { url = credentials.NotifyUrl is { } set ? new Uri(set).GetLeftPart(UriPartial.Path) : null });
    }

    /// <summary>A generated private key, PEM, exactly once; afterwards <see cref="DomainErrors.PrivateKeyGone"/>.</summary>
    public async Task<(string FileName, string Pem)> TakePrivateKeyAsync(string userId, Guid keyId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var credentialsId = await db.CredentialKeys.Where(k => k.Id == keyId).Select(k => (Guid?)k.CredentialsId).SingleOrDefaultAsync()
            ?? throw new DomainException(DomainErrors.ApplicationNotFound);
        var credentials = await db.Credentials.Include(c => c.Keys).SingleAsync(c => c.Id == credentialsId);
        var enrollment = await MemberEnrollmentAsync(db, userId, credentials.EnrollmentId);
        var pem = protector.Unprotect(credentials.TakePrivateKeyDownload(keyId, userId, Now));
        var key = credentials.Keys.Single(k => k.Id == keyId);
        await SaveAsync(db, userId, "credentials.private-key-download", credentials, new { fingerprint = key.Fingerprint });
        return ($"{enrollment.PlatformCode}-{credentials.AppId}-private-key-{key.Fingerprint[..8]}.pem", pem);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private ICredentialProfile? Profile(string platformCode) => profiles.FirstOrDefault(i => i.PlatformCode == platformCode);

    private async Task<Guid> AddMerchantKeyAsync(string userId, Guid enrollmentId, PublicKeyInfo key, KeyOrigin origin, string? kept, string? download, TimeSpan? overlap)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var credentials = await SandboxCredentialsAsync(db, userId, enrollmentId);
        var now = Now;
        var rotation = credentials.Current(KeyRole.Merchant, now) is not null;
        var overlapUntilUtc = now + overlap;
        var added = credentials.AddMerchantKey(key, origin, kept, download, overlapUntilUtc, userId, now);
        await SaveAsync(db, userId, rotation ? "credentials.key-rotate" : "credentials.key-add", credentials,
            new { fingerprint = added.Fingerprint, origin = origin.ToString(), kept = kept is not null, overlapUntil = rotation ? overlapUntilUtc : null });
        return added.Id;
    }

    private async Task EnsureSandboxAsync(PlatformEnrollment enrollment, string userId)
    {
        // A failed save is a visit in another tab that issued them first, or (rarely) an app id already taken: look again.
        for (var attempt = 0; attempt < 3 && !await TryIssueSandboxAsync(enrollment, userId); attempt++)
        {
        }
    }

    /// <returns>Whether the enrollment has its sandbox credentials now.</returns>
    private async Task<bool> TryIssueSandboxAsync(PlatformEnrollment enrollment, string userId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        if (await db.Credentials.AnyAsync(c => c.EnrollmentId == enrollment.Id && c.Environment == CredentialEnvironment.Sandbox))
        {
            return true;
        }

        using var rsa = RSA.Create(PublicKeyInfo.RequiredKeySize);
        var credentials = EnrollmentCredentials.Issue(enrollment.Id, CredentialEnvironment.Sandbox, Profile(enrollment.PlatformCode)!.NewAppId(CredentialEnvironment.Sandbox),
            PublicKeyInfo.Of(rsa), protector.Protect(rsa.ExportPkcs8PrivateKeyPem()), userId, Now);
        db.Credentials.Add(credentials);
        try
        {
            await SaveAsync(db, userId, "credentials.issue", credentials, new { platform = enrollment.PlatformCode, environment = credentials.Environment.ToString(), appId = credentials.AppId });
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
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

    private static ApiKeysView.Credentials? View(EnrollmentCredentials? credentials, string userId, DateTime now) => credentials is null
        ? null
        : new ApiKeysView.Credentials(credentials.Environment, credentials.AppId, credentials.NotifyUrl,
            [.. credentials.ValidKeys(KeyRole.Platform, now).Select(k => KeyView(k, userId, now))],
            [.. credentials.ValidKeys(KeyRole.Merchant, now).Select(k => KeyView(k, userId, now))]);

    private static ApiKeysView.Key KeyView(CredentialKey key, string userId, DateTime now) => new(key.Id, key.Origin, key.PublicKey, key.Fingerprint, key.CreatedAtUtc,
        key.ValidUntilUtc, key.Origin != KeyOrigin.Platform && key.ProtectedPrivateKey is not null, key.OffersDownloadTo(userId, now));
}
