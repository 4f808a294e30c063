namespace MerchantPortal.Platforms.Sandbox;

/// <summary>The simulated buyer: given what a customer would scan (an Alipay QR code, a WeChat Pay <c>code_url</c>), finds and pays the order.</summary>
public sealed class SandboxBuyer(IEnumerable<ISandboxPayer> payers)
{
    public const int MaxCodeLength = 300;

    public Task<SandboxOrder?> FindAsync(string? code) =>
        Payer(code) is { } payer ? payer.FindAsync(code!.Trim()) : Task.FromResult<SandboxOrder?>(null);

    public Task<SandboxPaymentOutcome?> PayAsync(string? code) =>
        Payer(code) is { } payer ? payer.PayAsync(code!.Trim()) : Task.FromResult<SandboxPaymentOutcome?>(null);

    private ISandboxPayer? Payer(string? code) =>
        string.IsNullOrWhiteSpace(code) || code.Length > MaxCodeLength ? null : payers.FirstOrDefault(p => p.Recognizes(code.Trim()));
}
