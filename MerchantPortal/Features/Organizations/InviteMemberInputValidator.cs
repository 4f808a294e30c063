using FluentValidation;
using MerchantPortal.Resources;

namespace MerchantPortal.Features.Organizations;

public sealed class InviteMemberInputValidator : AbstractValidator<InviteMemberInput>
{
    public InviteMemberInputValidator()
    {
        RuleFor(x => x.Email)
            .NotEmpty().WithMessage(_ => OrganizationText.EmailRequired)
            .MaximumLength(256).WithMessage(_ => OrganizationText.EmailTooLong)
            .EmailAddress().WithMessage(_ => OrganizationText.EmailInvalid);
    }
}
