namespace MerchantPortal.Features.Organizations;

/// <summary>What the invitation page may show to whoever holds the link.</summary>
public sealed record InvitationPreview(string OrganizationName, string InvitedByName, string Email, DateTime ExpiresAtUtc, bool IsOpen);
