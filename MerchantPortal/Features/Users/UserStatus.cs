namespace MerchantPortal.Features.Users;

public enum UserStatus
{
    Active = 0,

    /// <summary>Invited, the newest link still valid, no password set yet.</summary>
    Invited = 1,

    /// <summary>Invited, but the newest link has expired: an admin sends a new one.</summary>
    InvitationExpired = 2,

    Disabled = 3,
}
