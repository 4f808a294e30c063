namespace MerchantPortal.Platforms.Sandbox;

/// <summary>
/// Amounts that force an outcome in the sandboxes, as Stripe's test values do; any other amount behaves normally.
/// Payments: ¥0.41 fails (the buyer's payment is declined), ¥0.42 is never paid (the buyer walks away).
/// Refunds (WeChat Pay): ¥4.04 ends ABNORMAL, ¥4.10 ends CLOSED.
/// </summary>
public static class SandboxTestAmounts
{
    public const int PaymentDeclinedFen = 41;
    public const int NeverPaidFen = 42;

    public static SandboxPaymentOutcome PaymentOutcome(int totalFen) => totalFen switch
    {
        PaymentDeclinedFen => SandboxPaymentOutcome.Declined,
        NeverPaidFen => SandboxPaymentOutcome.NeverPaid,
        _ => SandboxPaymentOutcome.Paid,
    };
}
