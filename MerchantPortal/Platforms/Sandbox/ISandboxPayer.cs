namespace MerchantPortal.Platforms.Sandbox;

/// <summary>One platform's side of the simulated buyer: it reads its own QR codes and pays its own orders.</summary>
public interface ISandboxPayer
{
    bool Recognizes(string code);

    /// <returns>Null when no order has this code.</returns>
    Task<SandboxOrder?> FindAsync(string code);

    /// <returns>Null when no order has this code.</returns>
    Task<SandboxPaymentOutcome?> PayAsync(string code);
}
