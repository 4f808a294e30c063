using FluentValidation;
using MerchantPortal.Resources;

namespace MerchantPortal.Features.Settings;

public sealed class UploadLimitInputValidator : AbstractValidator<UploadLimitInput>
{
    // Above 50 MB a scan is far larger than any reviewer needs, and the whole file passes through memory.
    public const int MinMegabytes = 1;
    public const int MaxMegabytes = 50;

    public UploadLimitInputValidator()
    {
        RuleFor(i => i.MaxFileMegabytes).InclusiveBetween(MinMegabytes, MaxMegabytes)
            .WithMessage(_ => SettingsMessages.Between(SettingsText.MaxFileMegabytes, MinMegabytes, MaxMegabytes));
    }
}
