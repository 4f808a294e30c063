using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Credentials;
using MerchantPortal.Features.Onboarding.Wizard;
using MerchantPortal.Platforms;
using MerchantPortal.Platforms.Sandbox;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Credentials;

/// <summary>
/// The "API keys" step for the members of an organization: each enrollment's credentials (sandbox ones issued on
/// the first visit, whatever the review's state), the notification URL, the platform key's name, and the one
/// download of a generated private key. Keys are added and rotated by <see cref="KeyService"/>.
/// </summary>
public sealed class CredentialService(
    IDbContextFactory<PortalDbContext> dbFactory,
    CredentialStore store,
    CredentialIssuer issuer,
    IEnumerable<ICredentialProfile> profiles,
    IConfiguration configuration,
    TimeProvider clock)
{
    /// <summary>The organization's open application's enrollments, issuing sandbox credentials where none exist yet; null for a non-member.</summary>
    public async Task<ApiKeysView?> GetAsync(string userId, Guid organizationId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        if (!await WizardStepWriter.IsMemberAsync(db, userId, organizationId))
        {
            return null;
        }

        var applicationId = await db.OpenApplications().Where(a => a.OrganizationId == organizationId).Select(a => (Guid?)a.Id).SingleOrDefaultAsync();
        if (applicationId is null)
        {
            return null;
        }

        var enrollments = await db.Enrollments.AsNoTracking().Where(e => e.ApplicationId == applicationId).OrderBy(e => e.PlatformCode).ToListAsync();
        var sandboxOn = configuration.GetValue<bool>(SandboxServices.EnabledKey);
        foreach (var enrollment in enrollments.Where(_ => sandboxOn))
        {
            if (Profile(enrollment.PlatformCode) is { } profile)
            {
                await issuer.EnsureAsync(enrollment, profile, userId);
            }
        }

        var ids = enrollments.Select(e => e.Id).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        // A private key nobody downloaded within its window is gone: drop its encrypted copy.
        await db.CredentialKeys.Where(k => k.ProtectedDownload != null && k.CreatedAtUtc < now - CredentialKey.DownloadWindow
                && db.Credentials.Any(c => c.Id == k.CredentialsId && ids.Contains(c.EnrollmentId)))
            .ExecuteUpdateAsync(k => k.SetProperty(x => x.ProtectedDownload, (string?)null));
        var credentials = await db.Credentials.AsNoTracking().Include(c => c.Keys).Where(c => ids.Contains(c.EnrollmentId)).ToListAsync();
        return new ApiKeysView(applicationId.Value, !sandboxOn, [.. enrollments.Select(e => new ApiKeysView.Platform(e.Id, e.PlatformCode, e.State,
            Profile(e.PlatformCode)?.UsesCertificates == true, Profile(e.PlatformCode)?.UsesSharedSecret == true,
            ApiKeysView.Of(credentials.SingleOrDefault(c => c.EnrollmentId == e.Id && c.Environment == CredentialEnvironment.Sandbox), userId, now),
            ApiKeysView.Of(credentials.SingleOrDefault(c => c.EnrollmentId == e.Id && c.Environment == CredentialEnvironment.Live), userId, now)))]);
    }

    public async Task SetNotifyUrlAsync(string userId, Guid enrollmentId, string? url)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var credentials = await CredentialStore.SandboxCredentialsAsync(db, userId, enrollmentId);
        credentials.SetNotifyUrl(url);
        // The address without its query: a merchant may have put a token there.
        await store.SaveAsync(db, userId, "credentials.notify-url", credentials,
            new { url = credentials.NotifyUrl is { } set ? new Uri(set).GetLeftPart(UriPartial.Path) : null });
    }

    /// <summary>Whether the sandbox signs under the platform certificate's serial or the public key's id.</summary>
    public async Task SetPlatformKeyModeAsync(string userId, Guid enrollmentId, PlatformKeyMode mode)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var credentials = await CredentialStore.SandboxCredentialsAsync(db, userId, enrollmentId);
        credentials.SetPlatformKeyMode(mode);
        await store.SaveAsync(db, userId, "credentials.platform-key-mode", credentials, new { mode = mode.ToString() });
    }

    /// <summary>A generated private key, PEM, exactly once; afterwards <see cref="DomainErrors.PrivateKeyGone"/>.</summary>
    public async Task<(string FileName, string Pem)> TakePrivateKeyAsync(string userId, Guid keyId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var credentialsId = await db.CredentialKeys.Where(k => k.Id == keyId).Select(k => (Guid?)k.CredentialsId).SingleOrDefaultAsync()
            ?? throw new DomainException(DomainErrors.ApplicationNotFound);
        var credentials = await db.Credentials.Include(c => c.Keys).SingleAsync(c => c.Id == credentialsId);
        var enrollment = await CredentialStore.MemberEnrollmentAsync(db, userId, credentials.EnrollmentId);
        var pem = store.Protector.Unprotect(credentials.TakePrivateKeyDownload(keyId, userId, clock.GetUtcNow().UtcDateTime));
        var key = credentials.Keys.Single(k => k.Id == keyId);
        await store.SaveAsync(db, userId, "credentials.private-key-download", credentials, new { fingerprint = key.Fingerprint });
        return ($"{enrollment.PlatformCode}-{credentials.MerchantId ?? credentials.AppId}-private-key-{key.Fingerprint[..8]}.pem", pem);
    }

    /// <summary>The newest requests the sandbox received for the enrollment, each refusal with its reason.</summary>
    public async Task<IReadOnlyList<SandboxRequest>> RequestLogAsync(string userId, Guid enrollmentId, int take = 50)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await CredentialStore.MemberEnrollmentAsync(db, userId, enrollmentId);
        var ids = db.Credentials.Where(c => c.EnrollmentId == enrollmentId).Select(c => c.Id);
        return await db.Set<SandboxRequest>().AsNoTracking().Where(r => ids.Contains(r.CredentialsId)).OrderByDescending(r => r.Id).Take(Math.Clamp(take, 1, 200)).ToListAsync();
    }

    private ICredentialProfile? Profile(string platformCode) => profiles.FirstOrDefault(i => i.PlatformCode == platformCode);
}
