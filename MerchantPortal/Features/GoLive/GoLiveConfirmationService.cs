using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Credentials;
using MerchantPortal.Domain.Enrollments;
using MerchantPortal.Domain.GoLiveRuns;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Workflow;
using MerchantPortal.Features.Credentials;
using MerchantPortal.Features.Review;
using MerchantPortal.Infrastructure.Audit;
using MerchantPortal.Platforms;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.GoLive;

/// <summary>
/// The staff's side of going live, from the case page: each enrollment with its latest run and its agreement, and the
/// confirmation of a go-live request by someone who neither approved nor confirmed the application (four eyes
/// again: the person who let the organization in does not also let its money move), nor belongs to it. Confirming
/// issues the live credentials in the same save.
/// </summary>
public sealed class GoLiveConfirmationService(
    IDbContextFactory<PortalDbContext> dbFactory, CredentialIssuer issuer, IEnumerable<ICredentialProfile> profiles, EnrollmentNotifications notifications,
    AuditTrail audit, TimeProvider clock)
{
    /// <param name="RefusalCode">Why this staff member may not confirm (a DomainErrors code), null when they may.</param>
    public sealed record EnrollmentReview(Guid EnrollmentId, string PlatformCode, EnrollmentState State, Guid Version, GoLiveRun? LatestRun,
        AgreementAcceptance? Acceptance, string? AcceptedBy, string? RefusalCode, string? LiveAppId);

    public async Task<IReadOnlyList<EnrollmentReview>> ForCaseAsync(string staffUserId, Guid applicationId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await StaffGuard.EnsureStaffAsync(db, staffUserId);
        var refusal = await RefusalAsync(db, staffUserId, applicationId);
        var reviews = new List<EnrollmentReview>();
        foreach (var enrollment in await db.Enrollments.AsNoTracking().Where(e => e.ApplicationId == applicationId).OrderBy(e => e.PlatformCode).ToListAsync())
        {
            var run = await db.LatestRunAsync(enrollment.Id);
            var acceptance = await db.AgreementAcceptances.AsNoTracking().Where(a => a.EnrollmentId == enrollment.Id).OrderByDescending(a => a.AcceptedAtUtc).FirstOrDefaultAsync();
            var acceptedBy = acceptance is null ? null : await db.Users.Where(u => u.Id == acceptance.AcceptedByUserId).Select(u => u.DisplayName).SingleOrDefaultAsync();
            var liveAppId = await db.Credentials.Where(c => c.EnrollmentId == enrollment.Id && c.Environment == CredentialEnvironment.Live).Select(c => c.AppId).SingleOrDefaultAsync();
            reviews.Add(new EnrollmentReview(enrollment.Id, enrollment.PlatformCode, enrollment.State, enrollment.Version, run, acceptance, acceptedBy,
                enrollment.State == EnrollmentState.GoLiveRequested ? refusal : DomainErrors.GoLiveNotRequested, liveAppId));
        }

        return reviews;
    }

    public async Task ConfirmAsync(string staffUserId, Guid enrollmentId, Guid version)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await StaffGuard.EnsureStaffAsync(db, staffUserId);
        var enrollment = await db.Enrollments.Include(e => e.History).SingleOrDefaultAsync(e => e.Id == enrollmentId)
            ?? throw new DomainException(DomainErrors.ApplicationNotFound);
        if (enrollment.Version != version)
        {
            throw new DomainException(DomainErrors.CaseChangedMeanwhile);
        }

        if (enrollment.State != EnrollmentState.GoLiveRequested)
        {
            throw new DomainException(DomainErrors.GoLiveNotRequested);
        }

        if (await RefusalAsync(db, staffUserId, enrollment.ApplicationId) is { } refusal)
        {
            throw new DomainException(refusal);
        }

        var application = await db.Applications.SingleAsync(a => a.Id == enrollment.ApplicationId);
        var now = clock.GetUtcNow().UtcDateTime;
        enrollment.Fire(EnrollmentTrigger.GoLive, new Actor(staffUserId, Party.Staff), now,
            new EnrollmentFacts(application.State == ApplicationState.Approved, ConfirmerIndependent: true));
        application.RecordLive(enrollment.PlatformCode, now, await db.Organizations.Where(o => o.Id == application.OrganizationId).Select(o => o.CreatedAtUtc).SingleAsync());
        var tested = await db.Credentials.Include(c => c.Keys).SingleAsync(c => c.EnrollmentId == enrollmentId && c.Environment == CredentialEnvironment.Sandbox);
        var live = await issuer.IssueLiveAsync(db, tested, profiles.Single(p => p.PlatformCode == enrollment.PlatformCode), staffUserId);
        await audit.SaveWithAsync(db, new AuditRecord(staffUserId, "enrollment.go-live", "Enrollment", enrollmentId.ToString(),
            new { platform = enrollment.PlatformCode, appId = live.AppId, mchid = live.MerchantId }));
        await notifications.AfterMoveAsync(enrollment, staffUserId);
    }

    /// <summary>The approver and the confirmer of the application, and the organization's own people, may not confirm its go-live.</summary>
    private static async Task<string?> RefusalAsync(PortalDbContext db, string staffUserId, Guid applicationId)
    {
        var decidedApplication = await db.ApplicationTransitions.AnyAsync(t => t.ApplicationId == applicationId && t.ActorUserId == staffUserId
            && (t.Trigger == ApplicationTrigger.Approve || t.Trigger == ApplicationTrigger.Confirm));
        var member = await (from a in db.Applications
                            where a.Id == applicationId
                            from m in db.OrganizationMembers
                            where m.OrganizationId == a.OrganizationId && m.UserId == staffUserId
                            select m).AnyAsync();
        return member ? DomainErrors.OwnOrganization : decidedApplication ? DomainErrors.GoLiveSelfConfirmation : null;
    }
}
