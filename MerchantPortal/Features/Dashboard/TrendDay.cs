namespace MerchantPortal.Features.Dashboard;

/// <summary>One China day of the period.</summary>
public sealed record TrendDay(DateOnly Day, int Started, int Submitted, int Approved, int Rejected);
