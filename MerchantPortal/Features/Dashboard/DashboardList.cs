namespace MerchantPortal.Features.Dashboard;

/// <summary>One page of a figure's list, and how many applications the list has in all.</summary>
public sealed record DashboardList(IReadOnlyList<DashboardRow> Rows, int Total);
