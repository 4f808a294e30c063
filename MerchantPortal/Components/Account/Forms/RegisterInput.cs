using FluentValidation;
using MerchantPortal.Domain.Organizations;
using MerchantPortal.Resources;

namespace MerchantPortal.Components.Account.Forms;

public sealed class RegisterInput
{
    public string DisplayName { get; set; } = "";

    /// <summary>Empty when the applicant joins through an invitation instead of creating an organization.</summary>
    public string OrganizationName { get; set; } = "";

    public string Email { get; set; } = "";

    public string Password { get; set; } = "";

    public string ConfirmPassword { get; set; } = "";

    public string? Invitation { get; set; }

    public sealed class Validator : AbstractValidator<RegisterInput>
    {
        public Validator()
        {
            RuleFor(x => x.DisplayName).Required(() => AccountText.DisplayNameRequired)
                .MaximumLength(100).WithMessage(_ => AccountText.DisplayNameTooLong);
            RuleFor(x => x.OrganizationName).Required(() => AccountText.OrganizationNameRequired)
                .MaximumLength(Organization.MaxNameLength).WithMessage(_ => string.Format(AccountText.OrganizationNameTooLong, Organization.MaxNameLength))
                .When(x => string.IsNullOrEmpty(x.Invitation));
            RuleFor(x => x.Email).ValidEmail();
            RuleFor(x => x.Password).NewPassword();
            RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage(_ => AccountText.PasswordsDiffer);
        }
    }
}
