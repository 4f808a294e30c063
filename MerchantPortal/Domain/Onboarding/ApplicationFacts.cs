namespace MerchantPortal.Domain.Onboarding;

/// <summary>What the guards look at, gathered by the caller from the application's data at the moment of the move.</summary>
public sealed record ApplicationFacts(bool AllStepsComplete, bool BankAccountVerified, RiskLevel Risk)
{
    /// <summary>For moves whose rows have no guard (withdraw, claim, …).</summary>
    public static readonly ApplicationFacts None = new(false, false, RiskLevel.Low);
}
