using FluentValidation;
using MerchantPortal.Components.Account.Forms;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MerchantPortal.Features.Users;

public sealed class InviteStaffInputValidator : AbstractValidator<InviteStaffInput>
{
    public InviteStaffInputValidator(IOptions<IdentityOptions> identity)
    {
        // The address becomes the user name too, so it must also pass Identity's user-name rule.
        var allowed = identity.Value.User.AllowedUserNameCharacters;
        RuleFor(x => x.Email).ValidEmail()
            .Must(e => string.IsNullOrEmpty(allowed) || e.Trim().All(allowed.Contains)).WithMessage(_ => AccountText.EmailInvalid);
        RuleFor(x => x.DisplayName).Required(() => AccountText.DisplayNameRequired)
            .MaximumLength(100).WithMessage(_ => AccountText.DisplayNameTooLong);
        RuleFor(x => x.Role).Must(PortalRoles.Staff.Contains).WithMessage(_ => UsersText.RoleInvalid);
    }
}
