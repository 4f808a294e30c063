namespace MerchantPortal.Platforms.Sandbox;

/// <summary>What happens when the simulated buyer pays a sandbox order.</summary>
public enum SandboxPaymentOutcome
{
    Paid = 0,
    Declined = 1,
    NeverPaid = 2,

    /// <summary>The order is no longer waiting for payment (paid, closed).</summary>
    NotPayable = 3,
}
