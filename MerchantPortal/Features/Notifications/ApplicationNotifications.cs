using MerchantPortal.Data;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Notifications;
using MerchantPortal.Domain.Onboarding;
using Microsoft.EntityFrameworkCore;
using static MerchantPortal.Domain.Onboarding.ApplicationTrigger;
using Args = System.Collections.Generic.Dictionary<string, string>;

namespace MerchantPortal.Features.Notifications;

/// <summary>
/// Who hears about what happened to an application: the organization's members about its status, the case's
/// reviewer about answers and hand-overs, the other staff about approvals to confirm. Runs after the change is
/// saved; a failure here is logged and never undoes the change.
/// </summary>
public sealed class ApplicationNotifications(IDbContextFactory<PortalDbContext> dbFactory, NotificationService notifications, ILogger<ApplicationNotifications> logger)
{
    public const string ApplicantLink = "/";
    public const string WizardLink = "/onboarding";

    public static string CaseLink(Guid applicationId) => $"/review/cases/{applicationId}";

    /// <param name="moves">The transitions this change made, oldest first.</param>
    /// <param name="assigneeBefore">Who had the case before the change.</param>
    /// <param name="makerBefore">Who made the approval awaiting confirmation before the change, if any.</param>
    public async Task AfterChangeAsync(OnboardingApplication application, IReadOnlyList<ApplicationTransition> moves, string actorUserId, string? assigneeBefore, string? makerBefore)
    {
        var handedOver = application.AssigneeUserId is { } assignee && assignee != assigneeBefore && assignee != actorUserId;
        if (moves.Count == 0 && !handedOver)
        {
            // A document decision, or taking over a case oneself: nobody else needs to hear of it.
            return;
        }

        try
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            var organization = await db.Organizations.Where(o => o.Id == application.OrganizationId).Select(o => o.Name).SingleAsync();
            var members = await db.OrganizationMembers.Where(m => m.OrganizationId == application.OrganizationId).Select(m => m.UserId).ToListAsync();
            var actor = await db.Users.Where(u => u.Id == actorUserId).Select(u => u.DisplayName).SingleOrDefaultAsync() ?? "";
            foreach (var move in moves)
            {
                var args = new Args { [NotificationRenderer.Organization] = organization, [NotificationRenderer.State] = move.To.ToString() };
                // Reasons between staff (a checker's note to the maker) never reach the organization.
                var forMembers = ApplicationWorkflow.StaffInternal.Contains(move.Trigger) || move.Reason is null ? args : With(args, NotificationRenderer.Reason, move.Reason);
                var forStaff = move.Reason is null ? args : With(args, NotificationRenderer.Reason, move.Reason);
                switch (move.Trigger)
                {
                    case RequestChanges:
                        await notifications.NotifyAsync(members, NotificationKind.ChangesRequested, application.Id, WizardLink, forMembers);
                        break;
                    case Withdraw:
                        await notifications.NotifyAsync(members.Where(m => m != actorUserId), NotificationKind.StatusChanged, application.Id, ApplicantLink, forMembers);
                        break;
                    case not Release:
                        // Every other move changes what the organization sees on its home page.
                        await notifications.NotifyAsync(members, NotificationKind.StatusChanged, application.Id, ApplicantLink, forMembers);
                        break;
                }

                switch (move.Trigger)
                {
                    case Approve when move.To == ApplicationState.PendingConfirmation:
                        var staff = await db.UserIdsInRole(PortalRoles.Staff).Where(id => id != actorUserId && !members.Contains(id)).ToListAsync();
                        await notifications.NotifyAsync(staff, NotificationKind.ConfirmationRequested, application.Id, CaseLink(application.Id), With(args, NotificationRenderer.Actor, actor));
                        break;
                    case SendBack or VoidApproval when makerBefore is not null:
                        await notifications.NotifyAsync([makerBefore], NotificationKind.ApprovalReturned, application.Id, CaseLink(application.Id),
                            With(forStaff, NotificationRenderer.Actor, actor));
                        break;
                    case Withdraw when assigneeBefore is not null:
                        await notifications.NotifyAsync([assigneeBefore], NotificationKind.StatusChanged, application.Id, CaseLink(application.Id), forStaff);
                        break;
                    case Resubmit when application.AssigneeUserId is { } reviewer:
                        await notifications.NotifyAsync([reviewer], NotificationKind.Resubmitted, application.Id, CaseLink(application.Id), args);
                        break;
                }
            }

            if (handedOver)
            {
                await notifications.NotifyAsync([application.AssigneeUserId!], NotificationKind.Assigned, application.Id, CaseLink(application.Id),
                    new Args { [NotificationRenderer.Organization] = organization, [NotificationRenderer.Actor] = actor });
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The change is saved; a notification that could not be made must not look like a failed change.
            logger.LogWarning(e, "Notifications for application {ApplicationId} could not be made.", application.Id);
        }
    }

    /// <summary>A message from staff goes to the organization's members; one from the organization to the case's reviewer.</summary>
    public async Task MessagePostedAsync(Guid applicationId, bool fromStaff)
    {
        try
        {
            await NotifyOfMessageAsync(applicationId, fromStaff);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The message is sent; a notification that could not be made must not make the author send it again.
            logger.LogWarning(e, "Notifications of a message on application {ApplicationId} could not be made.", applicationId);
        }
    }

    private async Task NotifyOfMessageAsync(Guid applicationId, bool fromStaff)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var application = await db.Applications.AsNoTracking().SingleAsync(a => a.Id == applicationId);
        var organization = await db.Organizations.Where(o => o.Id == application.OrganizationId).Select(o => o.Name).SingleAsync();
        var args = new Args { [NotificationRenderer.Organization] = organization };
        if (fromStaff)
        {
            var members = await db.OrganizationMembers.Where(m => m.OrganizationId == application.OrganizationId).Select(m => m.UserId).ToListAsync();
            await notifications.NotifyAsync(members, NotificationKind.NewMessage, applicationId, ApplicantLink, args);
        }
        else if (application.AssigneeUserId is { } assignee)
        {
            await notifications.NotifyAsync([assignee], NotificationKind.NewMessage, applicationId, CaseLink(applicationId), args);
        }
    }

    private static Args With(Args args, string key, string value) => new(args) { [key] = value };
}
