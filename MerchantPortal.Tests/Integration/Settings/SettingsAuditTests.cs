using System.Text.Json;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Features.Banking;
using MerchantPortal.Features.Settings;
using MerchantPortal.Infrastructure.Audit;
using MerchantPortal.Infrastructure.Settings;
using MerchantPortal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Settings;

/// <summary>Every saved change of a setting is in the audit trail with its key, old and new value; what did not change is not.</summary>
public class SettingsAuditTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task SaveAsync(Func<SettingsService, Task> change) =>
        factory.WithServicesAsync(async sp =>
        {
            await change(sp.GetRequiredService<SettingsService>());
            return true;
        });

    private async Task<List<(string? Actor, string Details)>> EntriesAsync(string key)
    {
        await using var db = await factory.CreateDbContextAsync();
        return [.. (await db.AuditEntries.Where(e => e.Action == SettingsWriter.AuditAction && e.SubjectType == SettingsWriter.AuditSubject && e.SubjectId == key)
            .OrderBy(e => e.Id).Select(e => new { e.ActorUserId, e.Details }).ToListAsync()).Select(e => (e.ActorUserId, e.Details))];
    }

    private static string Canonical(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);

    [Fact]
    public async Task ASave_RecordsEachChangedKey_WithOldAndNewValue()
    {
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        var days = BankingSettings.DepositExpiryDays.Default;

        await SaveAsync(s => s.SaveDepositsAsync(admin.Id, new DepositSettingsInput { Tries = 5, ExpiryDays = days }));

        var tries = Assert.Single(await EntriesAsync(BankingSettings.DepositTries.Key));
        Assert.Equal(admin.Id, tries.Actor);
        Assert.Equal(Canonical("""{"key":"Banking.DepositTries","old":3,"new":5}"""), Canonical(tries.Details));
        Assert.Empty(await EntriesAsync(BankingSettings.DepositExpiryDays.Key));
        Assert.True((await factory.Services.GetRequiredService<AuditTrail>().VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task ADateAddedToTheCalendar_IsRecordedAsTheDateAdded()
    {
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);

        await SaveAsync(async s =>
        {
            var review = await s.ReviewTimeAsync(admin.Id);
            review.PublicHolidays.Add(new DateOnly(2027, 1, 1));
            await s.SaveReviewTimeAsync(admin.Id, review);
        });

        var entry = Assert.Single(await EntriesAsync("Calendar.PublicHolidays"));
        Assert.Equal(Canonical("""{"key":"Calendar.PublicHolidays","removed":[],"added":["2027-01-01"]}"""), Canonical(entry.Details));
    }

    [Fact]
    public async Task AReviewer_CannotChangeSettings_AndNothingIsRecorded()
    {
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);

        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            SaveAsync(s => s.SaveRemindersAsync(reviewer.Id, new ReminderSettingsInput { IntervalMinutes = 5, DepositReminderDays = 1, LicenseReminderDays = 1 })));

        Assert.Equal(DomainErrors.NotAdmin, refused.Code);
        Assert.Equal(30, await factory.Services.GetRequiredService<SettingsStore>().GetAsync(Features.Notifications.NotificationSettings.ReminderIntervalMinutes));
        Assert.Empty(await EntriesAsync("Notifications.ReminderIntervalMinutes"));
    }

    [Fact]
    public async Task AnInvalidValue_IsRefusedByTheServer_AndNothingIsSaved()
    {
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);

        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() =>
            SaveAsync(s => s.SaveUploadLimitAsync(admin.Id, new UploadLimitInput { MaxFileMegabytes = 51 })));

        Assert.Empty(await EntriesAsync("Documents.MaxFileBytes"));
    }
}
