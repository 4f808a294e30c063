using MerchantPortal.Data;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Enrollments;
using MerchantPortal.Domain.Notifications;
using MerchantPortal.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Args = System.Collections.Generic.Dictionary<string, string>;

namespace MerchantPortal.Features.GoLive;

/// <summary>
/// Who hears of an enrollment's move: the organization's members of every move they made or waited for (go-live
/// requested, live), the other staff of a go-live request to confirm. Runs after the move is saved; a failure is
/// logged and never undoes it.
/// </summary>
public sealed class EnrollmentNotifications(IDbContextFactory<PortalDbContext> dbFactory, NotificationService notifications, ILogger<EnrollmentNotifications> logger)
{
    public const string GoLiveLink = "/onboarding?step=7";

    public async Task AfterMoveAsync(PlatformEnrollment enrollment, string actorUserId)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            var application = await db.Applications.Where(a => a.Id == enrollment.ApplicationId).Select(a => new { a.Id, a.OrganizationId }).SingleAsync();
            var organization = await db.Organizations.Where(o => o.Id == application.OrganizationId).Select(o => o.Name).SingleAsync();
            var platform = await db.Platforms.Where(p => p.Code == enrollment.PlatformCode).Select(p => p.Name).SingleAsync();
            var members = await db.OrganizationMembers.Where(m => m.OrganizationId == application.OrganizationId).Select(m => m.UserId).ToListAsync();
            var args = new Args
            {
                [NotificationRenderer.Organization] = organization,
                [NotificationRenderer.PlatformZh] = platform.Zh,
                [NotificationRenderer.PlatformEn] = platform.En,
                [NotificationRenderer.State] = enrollment.State.ToString(),
            };
            await notifications.NotifyAsync(members, NotificationKind.EnrollmentChanged, application.Id, GoLiveLink, args);
            if (enrollment.State == EnrollmentState.GoLiveRequested)
            {
                var staff = await db.UserIdsInRole(PortalRoles.Staff).Where(id => !members.Contains(id)).ToListAsync();
                await notifications.NotifyAsync(staff, NotificationKind.GoLiveRequested, application.Id, ApplicationNotifications.CaseLink(application.Id), args);
            }
        }
        catch (Exception e)
        {
            logger.LogError(e, "Notifications for enrollment {EnrollmentId} failed.", enrollment.Id);
        }
    }
}
