using FluentValidation;
using MerchantPortal.Resources;

namespace MerchantPortal.Components.Account.Forms;

public sealed class LoginInput
{
    public string Email { get; set; } = "";

    public string Password { get; set; } = "";

    public bool RememberMe { get; set; }

    public sealed class Validator : AbstractValidator<LoginInput>
    {
        public Validator()
        {
            RuleFor(x => x.Email).ValidEmail();
            RuleFor(x => x.Password).Required(() => AccountText.PasswordRequired);
        }
    }
}
