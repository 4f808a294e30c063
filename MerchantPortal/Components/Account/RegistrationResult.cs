namespace MerchantPortal.Components.Account;

public enum RegistrationOutcome
{
    /// <summary>Shown for a new account and for a taken address alike: "check your email".</summary>
    CheckEmail,

    /// <summary>Joined through an invitation: the link already proved the address, so the user is signed in.</summary>
    Joined,

    Failed,
}

public sealed record RegistrationResult(RegistrationOutcome Outcome, IReadOnlyList<string> Errors, Data.ApplicationUser? User = null);
