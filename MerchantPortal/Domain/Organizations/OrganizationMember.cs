namespace MerchantPortal.Domain.Organizations;

public sealed class OrganizationMember
{
    private OrganizationMember()
    {
    }

    internal OrganizationMember(Guid organizationId, string userId, MemberRole role, DateTime joinedAtUtc)
    {
        OrganizationId = organizationId;
        UserId = userId;
        Role = role;
        JoinedAtUtc = joinedAtUtc;
    }

    public Guid OrganizationId { get; private set; }

    public string UserId { get; private set; } = "";

    public MemberRole Role { get; internal set; }

    public DateTime JoinedAtUtc { get; private set; }
}
