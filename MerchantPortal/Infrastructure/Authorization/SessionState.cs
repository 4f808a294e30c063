namespace MerchantPortal.Infrastructure.Authorization;

/// <summary>How a signed-in principal compares with its account now.</summary>
public enum SessionState
{
    Current = 0,

    /// <summary>Still valid, but the account's roles changed: the principal is rebuilt, the user stays signed in.</summary>
    RolesChanged = 1,

    /// <summary>The account is gone or disabled, or its security stamp changed (password, authenticator reset): signed out.</summary>
    Ended = 2,
}
