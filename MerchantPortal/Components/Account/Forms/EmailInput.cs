using FluentValidation;

namespace MerchantPortal.Components.Account.Forms;

/// <summary>The one-field forms: forgot password, resend confirmation, change email.</summary>
public sealed class EmailInput
{
    public string Email { get; set; } = "";

    public sealed class Validator : AbstractValidator<EmailInput>
    {
        public Validator() => RuleFor(x => x.Email).ValidEmail();
    }
}
