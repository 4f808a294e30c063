using FluentValidation;

namespace MerchantPortal.Components.Account.Forms;

/// <summary>An authenticator app's six-digit code: two-factor sign-in and enrolment.</summary>
public sealed class CodeInput
{
    public string Code { get; set; } = "";

    public bool RememberMachine { get; set; }

    public sealed class Validator : AbstractValidator<CodeInput>
    {
        public Validator() => RuleFor(x => x.Code).AuthenticatorCode();
    }
}
