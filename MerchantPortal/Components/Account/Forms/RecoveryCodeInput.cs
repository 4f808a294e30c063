using FluentValidation;
using MerchantPortal.Resources;

namespace MerchantPortal.Components.Account.Forms;

public sealed class RecoveryCodeInput
{
    public string RecoveryCode { get; set; } = "";

    public sealed class Validator : AbstractValidator<RecoveryCodeInput>
    {
        public Validator() => RuleFor(x => x.RecoveryCode).Required(() => AccountText.RecoveryCodeRequired)
            .MaximumLength(32).WithMessage(_ => AccountText.RecoveryCodeInvalid);
    }
}
