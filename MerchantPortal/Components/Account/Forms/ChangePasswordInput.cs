using FluentValidation;
using MerchantPortal.Resources;

namespace MerchantPortal.Components.Account.Forms;

public sealed class ChangePasswordInput
{
    public string OldPassword { get; set; } = "";

    public string NewPassword { get; set; } = "";

    public string ConfirmPassword { get; set; } = "";

    public sealed class Validator : AbstractValidator<ChangePasswordInput>
    {
        public Validator()
        {
            RuleFor(x => x.OldPassword).Required(() => AccountText.PasswordRequired);
            RuleFor(x => x.NewPassword).NewPassword();
            RuleFor(x => x.ConfirmPassword).Equal(x => x.NewPassword).WithMessage(_ => AccountText.PasswordsDiffer);
        }
    }
}
