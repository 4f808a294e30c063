using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Scheduling;
using MerchantPortal.Features.Review;
using MerchantPortal.Infrastructure.Settings;
using MerchantPortal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Settings;

public class SettingsStoreTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task StartUp_SeedsEveryReviewSetting_WithTheOfficialHolidayCalendar()
    {
        await using var db = await factory.CreateDbContextAsync();
        var keys = await db.Settings.Select(s => s.Key).ToListAsync();
        var holidays = await factory.WithServicesAsync(sp => sp.GetRequiredService<SettingsStore>().GetAsync(ReviewSettings.PublicHolidays));

        Assert.Subset(keys.ToHashSet(), ReviewSettings.All.Select(s => s.Key).ToHashSet());
        Assert.Contains(new DateOnly(2026, 10, 7), holidays);
        Assert.Equal(33, holidays.Count);
    }

    [Fact]
    public async Task AChangedSetting_IsKeptBySeeding_AndUsedByTheNextSubmission()
    {
        await factory.WithServicesAsync(async sp =>
        {
            var settings = sp.GetRequiredService<SettingsStore>();
            await settings.SetAsync(ReviewSettings.SlaWorkingHours, 8);
            await settings.SeedAsync(ReviewSettings.All);
            return true;
        });
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);

        var id = await WizardSeed.SubmittedAsync(factory, owner);

        await using var db = await factory.CreateDbContextAsync();
        var application = await db.Applications.SingleAsync(a => a.Id == id);
        var calendar = new WorkingCalendar(ReviewSettings.PublicHolidays.Default, ReviewSettings.MakeUpWorkdays.Default);
        Assert.Equal(calendar.AddWorkingHours(application.SubmittedAtUtc!.Value, 8), application.SlaDueAtUtc);
        await factory.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<SettingsStore>().SetAsync(ReviewSettings.SlaWorkingHours, ReviewSettings.SlaWorkingHours.Default);
            return true;
        });
    }
}
