using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Organizations;
using MerchantPortal.Domain.Workflow;
using MerchantPortal.Features.Notifications;
using MerchantPortal.Features.Review;
using MerchantPortal.Infrastructure.Audit;
using MerchantPortal.Resources;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Onboarding;

/// <summary>
/// Moves onboarding applications through <see cref="ApplicationWorkflow"/>. The acting party is read from
/// the user's roles, never taken from the caller; applicants must belong to the organization (the Owner
/// to start or withdraw), staff must not.
/// </summary>
public sealed class ApplicationService(
    IDbContextFactory<PortalDbContext> dbFactory, ReviewQueueNotifier queue, ApplicationNotifications notifications, AuditTrail audit, TimeProvider clock)
{
    public async Task<ApplicationOverview?> GetOverviewAsync(string userId, Guid organizationId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var role = await MemberRoleAsync(db, userId, organizationId);
        if (role is null)
        {
            return null;
        }

        var application = await db.Applications.AsNoTracking().Include(a => a.History)
            .Where(a => a.OrganizationId == organizationId)
            // The open application if there is one, else the most recent closed one.
            .OrderByDescending(a => a.State != ApplicationState.Rejected && a.State != ApplicationState.Withdrawn)
            .ThenByDescending(a => a.CreatedAtUtc)
            .FirstOrDefaultAsync();
        var isOwner = role == MemberRole.Owner;
        if (application is null)
        {
            return new ApplicationOverview(null, null, null, isOwner, false, [], []);
        }

        var actorIds = application.History.Select(h => h.ActorUserId).Distinct().ToList();
        var names = await db.Users.Where(u => actorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        // Applicants deal with the review team, not with named reviewers.
        foreach (var reviewer in await db.UserIdsInRole(PortalRoles.Staff).Where(id => actorIds.Contains(id)).ToListAsync())
        {
            names[reviewer] = ReviewText.ReviewTeam;
        }

        var history = application.History.OrderByDescending(h => h.AtUtc).ThenByDescending(h => h.Id)
            .Select(h => new ApplicationOverview.HistoryEntry(h.From, h.To, h.Trigger, names.GetValueOrDefault(h.ActorUserId, ""), h.AtUtc,
                ApplicationWorkflow.StaffInternal.Contains(h.Trigger) ? null : h.Reason))
            .ToList();
        var canWithdraw = isOwner && application.PermittedTriggers(Party.Applicant, ApplicationFacts.None).Contains(ApplicationTrigger.Withdraw);
        var enrollments = await db.Enrollments.Where(e => e.ApplicationId == application.Id).OrderBy(e => e.PlatformCode)
            .Select(e => new ApplicationOverview.Enrollment(e.PlatformCode, e.State)).ToListAsync();
        return new ApplicationOverview(application.Id, application.State, application.UpdatedAtUtc, isOwner && !application.IsOpen, canWithdraw, history, enrollments);
    }

    public async Task<Guid> StartAsync(string userId, Guid organizationId, bool isDemo = false)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await EnsureOwnerAsync(db, userId, organizationId);
        if (await db.OpenApplications().AnyAsync(a => a.OrganizationId == organizationId))
        {
            throw new DomainException(DomainErrors.ApplicationAlreadyOpen);
        }

        var application = OnboardingApplication.Start(organizationId, userId, clock.GetUtcNow().UtcDateTime, isDemo);
        db.Applications.Add(application);
        try
        {
            await audit.SaveWithAsync(db, new AuditRecord(userId, "application.start", "Application", application.Id.ToString(), new { organization = organizationId }));
        }
        catch (DbUpdateException)
        {
            // The unique index caught a start that raced this one.
            throw new DomainException(DomainErrors.ApplicationAlreadyOpen);
        }

        return application.Id;
    }

    public async Task WithdrawAsync(string userId, Guid applicationId, string? reason)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var application = await FindAsync(db, applicationId);
        await EnsureOwnerAsync(db, userId, application.OrganizationId);
        var movesBefore = application.History.Count;
        application.Fire(ApplicationTrigger.Withdraw, new Actor(userId, Party.Applicant), clock.GetUtcNow().UtcDateTime, ApplicationFacts.None, reason);
        await audit.SaveWithAsync(db, new AuditRecord(userId, "application.withdraw", "Application", applicationId.ToString(), new { reason }));
        // A withdrawn case leaves every reviewer's queue at once.
        queue.Publish(applicationId);
        await notifications.AfterChangeAsync(application, [.. application.History.Skip(movesBefore)], userId, application.AssigneeUserId, null);
    }

    private static async Task<OnboardingApplication> FindAsync(PortalDbContext db, Guid applicationId) =>
        await db.Applications.SingleOrDefaultAsync(a => a.Id == applicationId)
            ?? throw new DomainException(DomainErrors.ApplicationNotFound);

    private static async Task EnsureOwnerAsync(PortalDbContext db, string userId, Guid organizationId)
    {
        var role = await MemberRoleAsync(db, userId, organizationId) ?? throw new DomainException(DomainErrors.ApplicationNotFound);
        if (role != MemberRole.Owner)
        {
            throw new DomainException(DomainErrors.OwnerOnly);
        }
    }

    private static Task<MemberRole?> MemberRoleAsync(PortalDbContext db, string userId, Guid organizationId) =>
        db.OrganizationMembers.Where(m => m.UserId == userId && m.OrganizationId == organizationId)
            .Select(m => (MemberRole?)m.Role).SingleOrDefaultAsync();
}
