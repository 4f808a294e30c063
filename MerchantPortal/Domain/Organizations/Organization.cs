namespace MerchantPortal.Domain.Organizations;

/// <summary>
/// An organization (单位) that applies for digital-wallet payments. It always has exactly one Owner:
/// every change of membership goes through this class, which keeps that true.
/// </summary>
public sealed class Organization
{
    public const int MaxNameLength = 100;

    private readonly List<OrganizationMember> _members = [];

    private Organization()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>Rows created by the demo seed carry this mark and nothing else does.</summary>
    public bool IsDemo { get; private set; }

    public Guid Version { get; private set; }

    public IReadOnlyCollection<OrganizationMember> Members => _members;

    public string OwnerUserId => _members.Single(m => m.Role == MemberRole.Owner).UserId;

    public static Organization Create(string name, string ownerUserId, DateTime nowUtc, bool isDemo = false)
    {
        var trimmed = name.Trim();
        if (trimmed.Length == 0 || trimmed.Length > MaxNameLength)
        {
            throw new DomainException(DomainErrors.OrganizationNameInvalid, MaxNameLength);
        }

        var organization = new Organization
        {
            Id = Guid.NewGuid(),
            Name = trimmed,
            CreatedAtUtc = nowUtc,
            IsDemo = isDemo,
            Version = Guid.NewGuid(),
        };
        organization._members.Add(new OrganizationMember(organization.Id, ownerUserId, MemberRole.Owner, nowUtc));
        return organization;
    }

    public bool IsMember(string userId) => _members.Any(m => m.UserId == userId);

    public bool IsOwner(string userId) => _members.Any(m => m.UserId == userId && m.Role == MemberRole.Owner);

    public void AddStaff(string userId, DateTime nowUtc)
    {
        if (IsMember(userId))
        {
            throw new DomainException(DomainErrors.AlreadyMember);
        }

        _members.Add(new OrganizationMember(Id, userId, MemberRole.Staff, nowUtc));
        Touch();
    }

    public void RemoveMember(string actingUserId, string userId)
    {
        EnsureOwner(actingUserId);
        var member = _members.SingleOrDefault(m => m.UserId == userId)
            ?? throw new DomainException(DomainErrors.NotAMember);
        if (member.Role == MemberRole.Owner)
        {
            throw new DomainException(DomainErrors.CannotRemoveOwner);
        }

        _members.Remove(member);
        Touch();
    }

    public void TransferOwnership(string actingUserId, string newOwnerUserId)
    {
        EnsureOwner(actingUserId);
        var newOwner = _members.SingleOrDefault(m => m.UserId == newOwnerUserId)
            ?? throw new DomainException(DomainErrors.NotAMember);
        if (newOwner.Role == MemberRole.Owner)
        {
            throw new DomainException(DomainErrors.AlreadyOwner);
        }

        _members.Single(m => m.Role == MemberRole.Owner).Role = MemberRole.Staff;
        newOwner.Role = MemberRole.Owner;
        Touch();
    }

    public void EnsureOwner(string userId)
    {
        if (!IsOwner(userId))
        {
            throw new DomainException(DomainErrors.OwnerOnly);
        }
    }

    // A new version on every change makes two concurrent edits of one organization unable to both win.
    private void Touch() => Version = Guid.NewGuid();
}
