using MerchantPortal.Domain.Onboarding;

namespace MerchantPortal.Features.Dashboard;

/// <summary>Everything the dashboard (and the period report) shows for one filter, read at <see cref="AtUtc"/>.</summary>
public sealed record DashboardView(
    DashboardFilter Filter,
    DateTime AtUtc,
    DashboardKpis Kpis,
    IReadOnlyDictionary<ApplicationState, int> States,
    IReadOnlyList<FunnelStep> Funnel,
    IReadOnlyList<StateStay> TimeInState,
    IReadOnlyList<ReasonCount> RejectionReasons,
    IReadOnlyList<PlatformCount> Platforms,
    IReadOnlyList<TrendDay> Trend);
