using MerchantPortal.Domain.Accounts;

namespace MerchantPortal.Features.Users;

/// <summary>A staff member to invite, entered in the invite dialog.</summary>
public sealed class InviteStaffInput
{
    public string Email { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string Role { get; set; } = PortalRoles.Reviewer;
}
