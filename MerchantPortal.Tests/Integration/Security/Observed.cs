namespace MerchantPortal.Tests.Integration.Security;

/// <summary>What one request came to, and the status line (with where it redirected) that says so.</summary>
public sealed record Observed(Outcome Outcome, string Detail)
{
    public override string ToString() => $"{Outcome} ({Detail})";
}
