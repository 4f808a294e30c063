namespace MerchantPortal.Domain.Organizations;

/// <summary>
/// An Owner's invitation for a colleague to join the organization. Only a hash of the emailed token
/// is kept, so a copy of the database cannot be used to accept invitations.
/// </summary>
public sealed class Invitation
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private Invitation()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public string Email { get; private set; } = "";

    public string TokenHash { get; private set; } = "";

    public string InvitedByUserId { get; private set; } = "";

    public string Culture { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }

    public DateTime? AcceptedAtUtc { get; private set; }

    public DateTime? RevokedAtUtc { get; private set; }

    public static Invitation Create(
        Guid organizationId, string email, string tokenHash, string invitedByUserId, string culture, DateTime nowUtc) => new()
        {
            Id = Guid.NewGuid(),
            OrganizationId = organizationId,
            Email = email.Trim().ToLowerInvariant(),
            TokenHash = tokenHash,
            InvitedByUserId = invitedByUserId,
            Culture = culture,
            CreatedAtUtc = nowUtc,
            ExpiresAtUtc = nowUtc + Lifetime,
        };

    public bool IsOpen(DateTime nowUtc) => AcceptedAtUtc is null && RevokedAtUtc is null && nowUtc < ExpiresAtUtc;

    public bool IsFor(string email) => string.Equals(Email, email.Trim(), StringComparison.OrdinalIgnoreCase);

    public void Accept(string email, DateTime nowUtc)
    {
        if (!IsOpen(nowUtc))
        {
            throw new DomainException(DomainErrors.InvitationInvalid);
        }

        if (!IsFor(email))
        {
            throw new DomainException(DomainErrors.InvitationEmailMismatch);
        }

        AcceptedAtUtc = nowUtc;
    }

    public void Revoke(DateTime nowUtc)
    {
        if (IsOpen(nowUtc))
        {
            RevokedAtUtc = nowUtc;
        }
    }
}
