namespace MerchantPortal.Platforms.Sandbox;

/// <summary>An order as the simulated buyer sees it on the payment page.</summary>
public sealed record SandboxOrder(string PlatformCode, string Subject, int TotalFen, string MerchantAppId, bool Payable, string State);
