using MerchantPortal.Domain.Organizations;

namespace MerchantPortal.Features.Organizations;

/// <summary>What the members page shows: the people, the open invitations, and whether the viewer is the Owner.</summary>
public sealed record OrganizationMembers(
    Guid OrganizationId,
    string OrganizationName,
    bool ViewerIsOwner,
    IReadOnlyList<OrganizationMembers.Member> Members,
    IReadOnlyList<OrganizationMembers.OpenInvitation> Invitations)
{
    public sealed record Member(string UserId, string DisplayName, string Email, MemberRole Role, DateTime JoinedAtUtc);

    public sealed record OpenInvitation(Guid Id, string Email, DateTime ExpiresAtUtc);
}
