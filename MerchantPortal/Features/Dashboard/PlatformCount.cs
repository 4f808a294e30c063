namespace MerchantPortal.Features.Dashboard;

/// <summary>Per platform: applications submitted for it during the period, and those live with it now.</summary>
public sealed record PlatformCount(string Code, int Opened, int Live);
