using FluentValidation;
using MerchantPortal.Components.Account.Forms;
using MerchantPortal.Resources;

namespace MerchantPortal.Features.Setup;

/// <summary>The first admin's account, entered on the first-run page.</summary>
public sealed class SetupInput
{
    public string DisplayName { get; set; } = "";

    public string Email { get; set; } = "";

    public string Password { get; set; } = "";

    public string ConfirmPassword { get; set; } = "";

    public sealed class Validator : AbstractValidator<SetupInput>
    {
        public Validator()
        {
            RuleFor(x => x.DisplayName).Required(() => AccountText.DisplayNameRequired)
                .MaximumLength(100).WithMessage(_ => AccountText.DisplayNameTooLong);
            RuleFor(x => x.Email).ValidEmail();
            RuleFor(x => x.Password).NewPassword();
            RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage(_ => AccountText.PasswordsDiffer);
        }
    }
}
