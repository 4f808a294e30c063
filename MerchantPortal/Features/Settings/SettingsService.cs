using FluentValidation;
using MerchantPortal.Features.Banking;
using MerchantPortal.Features.Documents;
using MerchantPortal.Features.Notifications;
using MerchantPortal.Features.Review;
using MerchantPortal.Infrastructure.Settings;

namespace MerchantPortal.Features.Settings;

/// <summary>
/// The settings page's sections, read from the store and saved through the writer after the server's own
/// validation. A section's keys are saved one by one, each with its audit entry; nothing is cached, so the
/// next upload, deposit, submission or reminder run reads the new value.
/// </summary>
public sealed class SettingsService(
    SettingsStore store,
    SettingsWriter writer,
    IValidator<UploadLimitInput> uploadLimit,
    IValidator<ReviewTimeInput> reviewTime,
    IValidator<DepositSettingsInput> deposits,
    IValidator<ReminderSettingsInput> reminders)
{
    public async Task<UploadLimitInput> UploadLimitAsync(string userId)
    {
        await writer.EnsureAdminAsync(userId);
        var bytes = await store.GetAsync(UploadSettings.MaxFileBytes);
        return new UploadLimitInput { MaxFileMegabytes = (int)Math.Round(bytes / (double)UploadSettings.Megabyte) };
    }

    public async Task SaveUploadLimitAsync(string userId, UploadLimitInput input)
    {
        await uploadLimit.ValidateAndThrowAsync(input);
        await writer.SetAsync(userId, UploadSettings.MaxFileBytes, input.MaxFileMegabytes * UploadSettings.Megabyte);
    }

    public async Task<ReviewTimeInput> ReviewTimeAsync(string userId)
    {
        await writer.EnsureAdminAsync(userId);
        return new ReviewTimeInput
        {
            SlaWorkingHours = await store.GetAsync(ReviewSettings.SlaWorkingHours),
            PublicHolidays = [.. (await store.GetAsync(ReviewSettings.PublicHolidays)).Order()],
            MakeUpWorkdays = [.. (await store.GetAsync(ReviewSettings.MakeUpWorkdays)).Order()],
        };
    }

    public async Task SaveReviewTimeAsync(string userId, ReviewTimeInput input)
    {
        await reviewTime.ValidateAndThrowAsync(input);
        await writer.SetAsync(userId, ReviewSettings.SlaWorkingHours, input.SlaWorkingHours);
        // Stored in date order, so reordering alone is no change and the audit lists only dates added or removed.
        await writer.SetAsync(userId, ReviewSettings.PublicHolidays, [.. input.PublicHolidays.Order()]);
        await writer.SetAsync(userId, ReviewSettings.MakeUpWorkdays, [.. input.MakeUpWorkdays.Order()]);
    }

    public async Task<DepositSettingsInput> DepositsAsync(string userId)
    {
        await writer.EnsureAdminAsync(userId);
        return new DepositSettingsInput
        {
            Tries = await store.GetAsync(BankingSettings.DepositTries),
            ExpiryDays = await store.GetAsync(BankingSettings.DepositExpiryDays),
        };
    }

    public async Task SaveDepositsAsync(string userId, DepositSettingsInput input)
    {
        await deposits.ValidateAndThrowAsync(input);
        await writer.SetAsync(userId, BankingSettings.DepositTries, input.Tries);
        await writer.SetAsync(userId, BankingSettings.DepositExpiryDays, input.ExpiryDays);
    }

    public async Task<ReminderSettingsInput> RemindersAsync(string userId)
    {
        await writer.EnsureAdminAsync(userId);
        return new ReminderSettingsInput
        {
            IntervalMinutes = await store.GetAsync(NotificationSettings.ReminderIntervalMinutes),
            DepositReminderDays = await store.GetAsync(NotificationSettings.DepositReminderDays),
            LicenseReminderDays = await store.GetAsync(NotificationSettings.LicenseReminderDays),
            EmailEnabled = await store.GetAsync(NotificationSettings.EmailEnabled),
        };
    }

    public async Task SaveRemindersAsync(string userId, ReminderSettingsInput input)
    {
        await reminders.ValidateAndThrowAsync(input);
        await writer.SetAsync(userId, NotificationSettings.ReminderIntervalMinutes, input.IntervalMinutes);
        await writer.SetAsync(userId, NotificationSettings.DepositReminderDays, input.DepositReminderDays);
        await writer.SetAsync(userId, NotificationSettings.LicenseReminderDays, input.LicenseReminderDays);
        await writer.SetAsync(userId, NotificationSettings.EmailEnabled, input.EmailEnabled);
    }
}
