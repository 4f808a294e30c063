using MerchantPortal.Domain.Settings;

namespace MerchantPortal.Features.Notifications;

/// <summary>The reminders' schedule in the settings store, with the values a new installation starts with.</summary>
public static class NotificationSettings
{
    /// <summary>How often the reminder schedule looks for what is about to expire or breach.</summary>
    public static readonly SettingDefinition<int> ReminderIntervalMinutes = new("Notifications.ReminderIntervalMinutes", 30);

    /// <summary>A pending micro-deposit is mentioned this many days before it expires.</summary>
    public static readonly SettingDefinition<int> DepositReminderDays = new("Notifications.DepositReminderDays", 2);

    /// <summary>A business license is mentioned this many days before it expires.</summary>
    public static readonly SettingDefinition<int> LicenseReminderDays = new("Notifications.LicenseReminderDays", 30);

    /// <summary>Whether notifications also go out by email.</summary>
    public static readonly SettingDefinition<bool> EmailEnabled = new("Notifications.EmailEnabled", true);

    public static readonly IReadOnlyList<ISettingDefinition> All = [ReminderIntervalMinutes, DepositReminderDays, LicenseReminderDays, EmailEnabled];
}
