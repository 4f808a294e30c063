namespace MerchantPortal.Features.Dashboard;

/// <summary>The key figures of the period and of now; medians in minutes, null when nothing was decided or went live.</summary>
public sealed record DashboardKpis(
    int Started, int Submitted, int Approved, int Rejected, int Backlog, int SlaBreached, int WentLive,
    int? MedianDecisionMinutes, int? MedianSignUpToLiveMinutes);
