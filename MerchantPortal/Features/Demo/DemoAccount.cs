namespace MerchantPortal.Features.Demo;

/// <summary>A demo account as printed for the person trying the portal: staff also get their authenticator secret.</summary>
public sealed record DemoAccount(string Role, string Email, string Password, string? TotpSecret, string? Organization);
