namespace MerchantPortal.Features.Settings;

/// <summary>The reminder schedule: how often it runs, how far ahead it warns, and whether notifications are also emailed.</summary>
public sealed class ReminderSettingsInput
{
    public int IntervalMinutes { get; set; }

    public int DepositReminderDays { get; set; }

    public int LicenseReminderDays { get; set; }

    public bool EmailEnabled { get; set; }
}
