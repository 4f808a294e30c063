using MerchantPortal.Resources;

namespace MerchantPortal.Features.Dashboard;

/// <summary>One key figure as the dashboard's tiles and the period report both show it: one list, so they cannot differ.</summary>
public sealed record KpiFigure(string Id, string Label, string Value, DashboardSlice? Slice)
{
    public static IReadOnlyList<KpiFigure> Of(DashboardKpis k) =>
    [
        new("started", DashboardText.KpiStarted, DashboardLinks.Count(k.Started), new(DashboardMetric.Started)),
        new("submitted", DashboardText.KpiSubmitted, DashboardLinks.Count(k.Submitted), new(DashboardMetric.Submitted)),
        new("approved", DashboardText.KpiApproved, DashboardLinks.Count(k.Approved), new(DashboardMetric.Approved)),
        new("rejected", DashboardText.KpiRejected, DashboardLinks.Count(k.Rejected), new(DashboardMetric.Rejected)),
        new("backlog", DashboardText.KpiBacklog, DashboardLinks.Count(k.Backlog), new(DashboardMetric.Backlog)),
        new("sla", DashboardText.KpiSlaBreached, DashboardLinks.Count(k.SlaBreached), new(DashboardMetric.SlaBreached)),
        new("went-live", DashboardText.KpiWentLive, DashboardLinks.Count(k.WentLive), new(DashboardMetric.WentLive)),
        new("median-decision", DashboardText.KpiMedianDecision, DashboardLinks.Minutes(k.MedianDecisionMinutes),
            k.MedianDecisionMinutes is null ? null : new(DashboardMetric.Decided)),
        new("median-live", DashboardText.KpiMedianLive, DashboardLinks.Minutes(k.MedianSignUpToLiveMinutes),
            k.MedianSignUpToLiveMinutes is null ? null : new(DashboardMetric.WentLive)),
    ];
}
