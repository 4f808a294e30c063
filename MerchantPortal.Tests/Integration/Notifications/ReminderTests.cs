using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Notifications;
using MerchantPortal.Features.Notifications;
using MerchantPortal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Notifications;

/// <summary>The reminder schedule, run by hand: each reminder fires when due, once.</summary>
public class ReminderTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task RunAsync() => factory.Services.GetRequiredService<ReminderScheduler>().RunOnceAsync();

    private async Task<List<NotificationKind>> KindsAsync(TestAccount account)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.Notifications.Where(n => n.RecipientUserId == account.Id).OrderBy(n => n.Id).Select(n => n.Kind).ToListAsync();
    }

    [Fact]
    public async Task ACaseNearItsSla_RemindsItsReviewer_Once()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var id = await WizardSeed.SubmittedAsync(factory, owner);
        await ReviewSeed.ClaimAsync(factory, reviewer, id);
        await RunAsync();
        var before = await KindsAsync(reviewer);

        // An hour of the SLA left, then overdue: each level is told once, however often the schedule runs.
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await using (var db = await factory.CreateDbContextAsync())
        {
            await db.Applications.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.SlaDueAtUtc, now.AddMinutes(30)));
        }

        await RunAsync();
        await RunAsync();
        await using (var db = await factory.CreateDbContextAsync())
        {
            await db.Applications.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.SlaDueAtUtc, now.AddMinutes(-5)));
        }

        await RunAsync();

        Assert.Empty(before);
        Assert.Equal([NotificationKind.SlaDueSoon, NotificationKind.SlaDueSoon], await KindsAsync(reviewer));
        await using var check = await factory.CreateDbContextAsync();
        var overdue = await check.Notifications.Where(n => n.RecipientUserId == reviewer.Id).OrderBy(n => n.Id).Select(n => n.ArgumentsJson).ToListAsync();
        Assert.Contains("\"overdue\":\"false\"", overdue[0]);
        Assert.Contains("\"overdue\":\"true\"", overdue[1]);
    }

    [Fact]
    public async Task ADepositAboutToExpire_AndALicenseAboutToExpire_RemindTheOrganization_Once()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var id = await WizardSeed.ThroughEnterpriseAsync(factory, owner);
        await WizardSeed.IdentityAsync(factory, owner, id);
        await factory.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<MerchantPortal.Features.Banking.MicroDepositService>().RequestAsync(owner.Id, id);
            return true;
        });
        await RunAsync();
        var before = await KindsAsync(owner);

        factory.Clock.Advance(TimeSpan.FromDays(9));
        var soon = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime).AddDays(20);
        await using (var db = await factory.CreateDbContextAsync())
        {
            var profile = await db.ApplicationProfiles.SingleAsync(p => p.ApplicationId == id);
            profile.SaveEnterprise(profile.Enterprise! with { LicenseValidTo = soon }, DateTime.UtcNow);
            await db.SaveChangesAsync();
        }

        await RunAsync();
        await RunAsync();

        Assert.Empty(before);
        Assert.Equal([NotificationKind.DepositExpiring, NotificationKind.LicenseExpiring], await KindsAsync(owner));
    }

    [Fact]
    public async Task ACaseAwaitingConfirmationNearItsSla_RemindsTheAdmins_NotItsMaker()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var maker = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        var id = await ReviewSeed.AwaitingConfirmationAsync(factory, owner, maker);
        await using (var db = await factory.CreateDbContextAsync())
        {
            var soon = factory.Clock.GetUtcNow().UtcDateTime.AddMinutes(30);
            await db.Applications.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.SlaDueAtUtc, soon));
        }

        await RunAsync();

        Assert.DoesNotContain(NotificationKind.SlaDueSoon, await KindsAsync(maker));
        Assert.Contains(NotificationKind.SlaDueSoon, await KindsAsync(admin));
    }
}
