using FluentValidation;
using MerchantPortal.Resources;

namespace MerchantPortal.Features.Settings;

public sealed class ReminderSettingsInputValidator : AbstractValidator<ReminderSettingsInput>
{
    public const int MinIntervalMinutes = 5;
    public const int MaxIntervalMinutes = 24 * 60;
    public const int MaxDepositReminderDays = DepositSettingsInputValidator.MaxExpiryDays;
    public const int MaxLicenseReminderDays = 365;

    public ReminderSettingsInputValidator()
    {
        RuleFor(i => i.IntervalMinutes).InclusiveBetween(MinIntervalMinutes, MaxIntervalMinutes)
            .WithMessage(_ => SettingsMessages.Between(SettingsText.ReminderIntervalMinutes, MinIntervalMinutes, MaxIntervalMinutes));
        RuleFor(i => i.DepositReminderDays).InclusiveBetween(1, MaxDepositReminderDays)
            .WithMessage(_ => SettingsMessages.Between(SettingsText.DepositReminderDays, 1, MaxDepositReminderDays));
        RuleFor(i => i.LicenseReminderDays).InclusiveBetween(1, MaxLicenseReminderDays)
            .WithMessage(_ => SettingsMessages.Between(SettingsText.LicenseReminderDays, 1, MaxLicenseReminderDays));
    }
}
