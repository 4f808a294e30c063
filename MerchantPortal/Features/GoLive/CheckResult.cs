using MerchantPortal.Domain.GoLiveRuns;
using MerchantPortal.Platforms.Sandbox;

namespace MerchantPortal.Features.GoLive;

/// <summary>What one check concluded, with the lines of its log.</summary>
public sealed record CheckResult(GoLiveFinding? Finding, string Log)
{
    public bool Passed => Finding is null;

    public static CheckResult Pass(string log) => new(null, log);

    public static CheckResult Fail(GoLiveFinding finding, string log) => new(finding, log);

    /// <summary>The simulated buyer's payment of <paramref name="order"/> (scanned as <paramref name="code"/>): only a paid order passes.</summary>
    public static CheckResult OfPayment(string order, string? code, SandboxPaymentOutcome? outcome) => outcome == SandboxPaymentOutcome.Paid
        ? Pass($"{code ?? order} → {outcome}")
        : Fail(new GoLiveFinding("PaymentNotMade", order, outcome?.ToString() ?? "—"), $"{code ?? order} → {outcome}");
}
