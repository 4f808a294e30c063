using FluentValidation;
using MerchantPortal.Resources;

namespace MerchantPortal.Features.Settings;

public sealed class DepositSettingsInputValidator : AbstractValidator<DepositSettingsInput>
{
    // With 99 possible amounts, ten tries still leave guessing at about one chance in ten.
    public const int MaxTries = 10;
    public const int MaxExpiryDays = 30;

    public DepositSettingsInputValidator()
    {
        RuleFor(i => i.Tries).InclusiveBetween(1, MaxTries)
            .WithMessage(_ => SettingsMessages.Between(SettingsText.DepositTries, 1, MaxTries));
        RuleFor(i => i.ExpiryDays).InclusiveBetween(1, MaxExpiryDays)
            .WithMessage(_ => SettingsMessages.Between(SettingsText.DepositExpiryDays, 1, MaxExpiryDays));
    }
}
