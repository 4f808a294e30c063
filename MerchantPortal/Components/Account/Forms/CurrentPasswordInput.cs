using FluentValidation;
using MerchantPortal.Resources;

namespace MerchantPortal.Components.Account.Forms;

/// <summary>The current password, asked again before a change that a stolen session must not be able to make.</summary>
public sealed class CurrentPasswordInput
{
    public string Password { get; set; } = "";

    public sealed class Validator : AbstractValidator<CurrentPasswordInput>
    {
        public Validator() => RuleFor(x => x.Password).Required(() => SignInText.PasswordRequired)
            .MaximumLength(AccountRules.MaxPasswordLength).WithMessage(_ => SignInText.PasswordWrong);
    }
}
