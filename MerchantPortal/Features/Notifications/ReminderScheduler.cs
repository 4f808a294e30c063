using System.Globalization;
using MerchantPortal.Data;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Banking;
using MerchantPortal.Domain.Notifications;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Review;
using MerchantPortal.Features.Review;
using MerchantPortal.Infrastructure.Localization;
using MerchantPortal.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;
using Args = System.Collections.Generic.Dictionary<string, string>;

namespace MerchantPortal.Features.Notifications;

/// <summary>
/// On the schedule in the settings, reminds people of what is about to run out: a review's SLA (its reviewer, or
/// the admins when nobody has the case), a micro-deposit waiting to be confirmed and a business license (the
/// organization). Each reminder has a key, so running again never repeats one.
/// </summary>
public sealed class ReminderScheduler(IServiceScopeFactory scopes, SettingsStore settings, TimeProvider clock, ILogger<ReminderScheduler> logger) : BackgroundService
{
    // An SLA "due soon" can start days ahead when a holiday week lies between: look this far, then read each one.
    private static readonly TimeSpan SlaHorizon = TimeSpan.FromDays(14);

    public async Task RunOnceAsync(CancellationToken cancellationToken = default)
    {
        using var scope = scopes.CreateScope();
        var services = scope.ServiceProvider;
        await using var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(cancellationToken);
        var notifications = services.GetRequiredService<NotificationService>();
        await SlaAsync(db, notifications, services.GetRequiredService<ReviewSlaClock>());
        await DepositsAsync(db, notifications);
        await LicensesAsync(db, notifications);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var minutes = 30;
            try
            {
                await RunOnceAsync(stoppingToken);
                minutes = Math.Max(1, await settings.GetAsync(NotificationSettings.ReminderIntervalMinutes));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Whatever went wrong (a locked database, a bad setting), the portal keeps running and the schedule tries again.
                logger.LogWarning(e, "The reminder schedule's run failed; it runs again at the next interval.");
            }

            try
            {
                await Task.Delay(TimeSpan.FromMinutes(minutes), clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task SlaAsync(PortalDbContext db, NotificationService notifications, ReviewSlaClock sla)
    {
        var horizon = clock.GetUtcNow().UtcDateTime + SlaHorizon;
        var cases = await db.Applications.AsNoTracking()
            .Where(a => ApplicationWorkflow.AwaitingStaff.Contains(a.State) && a.SlaDueAtUtc != null && a.SlaDueAtUtc <= horizon)
            .Select(a => new { a.Id, a.State, a.ReviewRound, a.SlaDueAtUtc, a.AssigneeUserId, a.Listing!.LegalName }).ToListAsync();
        var meter = await sla.MeterAsync();
        List<string>? admins = null;
        foreach (var item in cases)
        {
            var level = meter(item.SlaDueAtUtc!.Value).Level;
            if (level == SlaLevel.OnTrack)
            {
                continue;
            }

            // A case awaiting confirmation waits for anyone but its assignee (the maker): the admins see to it.
            List<string> recipients = item.AssigneeUserId is { } assignee && item.State != ApplicationState.PendingConfirmation
                ? [assignee]
                : admins ??= await db.UserIdsInRole([PortalRoles.Admin]).ToListAsync();
            var args = new Args
            {
                [NotificationRenderer.Organization] = item.LegalName,
                [NotificationRenderer.DueUtc] = item.SlaDueAtUtc!.Value.ToString("O", CultureInfo.InvariantCulture),
                [NotificationRenderer.Overdue] = level == SlaLevel.Breached ? "true" : "false",
            };
            await notifications.NotifyAsync(recipients, NotificationKind.SlaDueSoon, item.Id, ApplicationNotifications.CaseLink(item.Id), args,
                $"sla:{item.Id}:{item.ReviewRound}:{level}");
        }
    }

    private async Task DepositsAsync(PortalDbContext db, NotificationService notifications)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now.AddDays(await settings.GetAsync(NotificationSettings.DepositReminderDays));
        var deposits = await (
            from d in db.MicroDeposits
            where d.Status == MicroDepositStatus.Pending && d.ExpiresAtUtc > now && d.ExpiresAtUtc <= until
            join a in db.Applications on d.ApplicationId equals a.Id
            join o in db.Organizations on a.OrganizationId equals o.Id
            select new { d.Id, d.ApplicationId, d.ExpiresAtUtc, a.OrganizationId, o.Name }).ToListAsync();
        foreach (var deposit in deposits)
        {
            var args = new Args
            {
                [NotificationRenderer.Organization] = deposit.Name,
                [NotificationRenderer.DueUtc] = deposit.ExpiresAtUtc.ToString("O", CultureInfo.InvariantCulture),
            };
            await notifications.NotifyAsync(await MembersAsync(db, deposit.OrganizationId), NotificationKind.DepositExpiring, deposit.ApplicationId,
                ApplicationNotifications.WizardLink, args, $"deposit:{deposit.Id}");
        }
    }

    private async Task LicensesAsync(PortalDbContext db, NotificationService notifications)
    {
        var today = DateOnly.FromDateTime(ChinaTime.FromUtc(clock.GetUtcNow().UtcDateTime));
        var until = today.AddDays(await settings.GetAsync(NotificationSettings.LicenseReminderDays));
        var licenses = await (
            from p in db.ApplicationProfiles
            where p.Enterprise!.LicenseValidTo != null && p.Enterprise.LicenseValidTo >= today && p.Enterprise.LicenseValidTo <= until
            join a in db.OpenApplications() on p.ApplicationId equals a.Id
            join o in db.Organizations on a.OrganizationId equals o.Id
            select new { a.Id, a.OrganizationId, o.Name, p.Enterprise!.LicenseValidTo }).ToListAsync();
        foreach (var license in licenses)
        {
            var date = license.LicenseValidTo!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var args = new Args { [NotificationRenderer.Organization] = license.Name, [NotificationRenderer.Date] = date };
            await notifications.NotifyAsync(await MembersAsync(db, license.OrganizationId), NotificationKind.LicenseExpiring, license.Id,
                ApplicationNotifications.ApplicantLink, args, $"license:{license.Id}:{date}");
        }
    }

    private static Task<List<string>> MembersAsync(PortalDbContext db, Guid organizationId) =>
        db.OrganizationMembers.Where(m => m.OrganizationId == organizationId).Select(m => m.UserId).ToListAsync();
}
