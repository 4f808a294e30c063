using FluentValidation;
using MerchantPortal.Resources;

namespace MerchantPortal.Components.Account.Forms;

public sealed class ResetPasswordInput
{
    public string Email { get; set; } = "";

    public string Password { get; set; } = "";

    public string ConfirmPassword { get; set; } = "";

    public string Code { get; set; } = "";

    public sealed class Validator : AbstractValidator<ResetPasswordInput>
    {
        public Validator()
        {
            RuleFor(x => x.Email).ValidEmail();
            RuleFor(x => x.Password).NewPassword();
            RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage(_ => AccountText.PasswordsDiffer);
            RuleFor(x => x.Code).Required(() => AccountText.ResetLinkInvalid);
        }
    }
}
