namespace MerchantPortal.Components.Account.Throttling;

/// <summary>The account forms that are rate limited, each with its own budget.</summary>
public enum ThrottledForm
{
    SignIn,
    TwoFactor,
    Register,
    PasswordReset,
    ResendConfirmation,
}
