namespace MerchantPortal.Domain.Accounts;

/// <summary>
/// A disabled account is locked out for good: Identity then refuses every sign-in, and the portal ends its sessions.
/// A lockout after wrong passwords ends after minutes and is not "disabled".
/// </summary>
public static class AccountLockout
{
    public static readonly DateTimeOffset DisabledUntil = DateTimeOffset.MaxValue;

    public static bool IsDisabled(DateTimeOffset? lockoutEnd) => lockoutEnd >= DisabledUntil;
}
