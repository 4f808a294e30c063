namespace MerchantPortal.Features.Dashboard;

/// <summary>Applications with at least one document rejected for <see cref="Code"/> during the period.</summary>
public sealed record ReasonCount(string Code, int Applications);
