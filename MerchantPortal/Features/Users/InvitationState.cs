namespace MerchantPortal.Features.Users;

/// <summary>What an invitation link is worth when it is opened.</summary>
public enum InvitationState
{
    Valid = 0,

    /// <summary>No such account, a disabled one, a mangled link, or an older link replaced by a newer one.</summary>
    Invalid = 1,

    /// <summary>The newest link sent has run out of time.</summary>
    Expired = 2,

    /// <summary>The password is set: the link was used.</summary>
    Accepted = 3,
}
