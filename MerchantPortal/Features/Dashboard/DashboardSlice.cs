namespace MerchantPortal.Features.Dashboard;

/// <summary>One figure's list: which metric, and its key (a state, stage, reason code, platform code or day) where it has one.</summary>
public sealed record DashboardSlice(DashboardMetric Metric, string? Key = null)
{
    public string ToQueryString() => Key is null ? $"metric={Metric}" : $"metric={Metric}&key={Uri.EscapeDataString(Key)}";
}
