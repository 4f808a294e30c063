using FluentValidation;
using MerchantPortal.Components.Account.Forms;
using MerchantPortal.Resources;

namespace MerchantPortal.Features.Users;

public sealed class AcceptStaffInvitationInputValidator : AbstractValidator<AcceptStaffInvitationInput>
{
    public AcceptStaffInvitationInputValidator()
    {
        RuleFor(x => x.DisplayName).Required(() => AccountText.DisplayNameRequired)
            .MaximumLength(100).WithMessage(_ => AccountText.DisplayNameTooLong);
        RuleFor(x => x.Password).NewPassword();
        RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage(_ => AccountText.PasswordsDiffer);
    }
}
