namespace MerchantPortal.Components.Account.Throttling;

/// <summary>How often the account forms may be used (README, "Sign-in limits"); bound from <see cref="Section"/>.</summary>
public sealed class SignInLimitOptions
{
    public const string Section = "Identity:SignInLimits";

    /// <summary>Attempts per client address per minute, for each of the throttled forms.</summary>
    public int PerAddressPerMinute { get; set; } = 10;

    /// <summary>Attempts per account (the normalized email, known or not) per minute, for each of the throttled forms.</summary>
    public int PerAccountPerMinute { get; set; } = 5;

    /// <summary>Wrong passwords or codes an account may have before each further attempt must wait.</summary>
    public int FreeFailures { get; set; } = 5;

    /// <summary>The longest wait: the delay doubles with each further failure (2 s, 4 s, 8 s, …) up to this.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long after its last failure an account's count of failures is forgotten.</summary>
    public TimeSpan FailureMemory { get; set; } = TimeSpan.FromMinutes(15);
}
