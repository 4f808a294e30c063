using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Features.Notifications;
using MerchantPortal.Features.Onboarding.Wizard;
using MerchantPortal.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Review;

/// <summary>
/// The mechanics every staff action on a case shares: staff only, never on their own organization's case;
/// the change, its records and its audit entry saved together under the application's concurrency token; then
/// every open queue and case is told.
/// </summary>
public sealed class ReviewCaseWriter(
    IDbContextFactory<PortalDbContext> dbFactory, AuditTrail audit, ReviewQueueNotifier notifier, ApplicationNotifications notifications, TimeProvider clock)
{
    /// <param name="action">The audit trail's name for the change, e.g. <c>review.claim</c>.</param>
    /// <param name="seen">
    /// The case's version as the deciding person saw it: if anyone changed the case since, the decision is refused
    /// as a conflict rather than made over what they did not see.
    /// </param>
    public async Task ChangeAsync(string userId, Guid applicationId, string action, Func<ReviewContext, Task> change, Guid? seen = null)
    {
        string? refusal;
        OnboardingApplication application;
        (int Moves, string? Assignee, string? Maker) before;
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            await StaffGuard.EnsureStaffAsync(db, userId);
            application = await db.Applications.SingleOrDefaultAsync(a => a.Id == applicationId && a.Listing != null)
                ?? throw new DomainException(DomainErrors.ApplicationNotFound);
            before = (application.History.Count, application.AssigneeUserId, application.ApprovedByUserId);
            if (await WizardStepWriter.IsMemberAsync(db, userId, application.OrganizationId))
            {
                throw new DomainException(DomainErrors.OwnOrganization);
            }

            if (seen is { } version && version != application.Version)
            {
                throw new DomainException(DomainErrors.CaseChangedMeanwhile);
            }

            var context = new ReviewContext(db, application, userId, await StaffGuard.IsAdminAsync(db, userId), clock.GetUtcNow().UtcDateTime);
            await change(context);
            try
            {
                await audit.SaveWithAsync(db, new AuditRecord(userId, context.AuditAction ?? action, "Application", applicationId.ToString(),
                    new { state = application.State.ToString(), assignee = application.AssigneeUserId, details = context.AuditDetails }));
            }
            catch (DomainException e) when (e.Code == DomainErrors.ConcurrentChange)
            {
                throw new DomainException(DomainErrors.CaseChangedMeanwhile);
            }
            refusal = context.RefusalAfterSave;
        }

        notifier.Publish(applicationId);
        await notifications.AfterChangeAsync(application, [.. application.History.Skip(before.Moves)], userId, before.Assignee, before.Maker);
        if (refusal is not null)
        {
            throw new DomainException(refusal);
        }
    }
}
