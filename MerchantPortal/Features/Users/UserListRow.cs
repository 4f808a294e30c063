namespace MerchantPortal.Features.Users;

/// <summary>One account in the users list.</summary>
public sealed record UserListRow(
    string Id,
    string DisplayName,
    string Email,
    IReadOnlyList<string> Roles,
    bool TwoFactorEnabled,
    UserStatus Status,
    DateTime? InvitationExpiresAtUtc,
    DateTime? LastSignInAtUtc)
{
    public bool IsStaff => Roles.Any(Domain.Accounts.PortalRoles.Staff.Contains);
}
