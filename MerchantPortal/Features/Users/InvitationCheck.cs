namespace MerchantPortal.Features.Users;

/// <summary>The state of an opened invitation link, and whom it invites when it is valid.</summary>
public sealed record InvitationCheck(InvitationState State, string Email = "", string DisplayName = "");
