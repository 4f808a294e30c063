using FluentValidation;
using MerchantPortal.Resources;

namespace MerchantPortal.Components.Account.Forms;

public sealed class ProfileInput
{
    public string DisplayName { get; set; } = "";

    public string? PhoneNumber { get; set; }

    public sealed class Validator : AbstractValidator<ProfileInput>
    {
        public Validator()
        {
            RuleFor(x => x.DisplayName).Required(() => AccountText.DisplayNameRequired)
                .MaximumLength(100).WithMessage(_ => AccountText.DisplayNameTooLong);
            // Mainland mobile numbers: 11 digits starting with 1 (an optional +86 in front).
            RuleFor(x => x.PhoneNumber).Matches(@"^(\+86)?1[3-9]\d{9}$").WithMessage(_ => AccountText.PhoneInvalid)
                .When(x => !string.IsNullOrEmpty(x.PhoneNumber));
        }
    }
}
