using MerchantPortal.Domain.Onboarding;

namespace MerchantPortal.Features.Dashboard;

/// <summary>The key figures of the period and of now; medians in minutes, null when nothing was decided or went live.</summary>
public sealed record DashboardKpis(
    int Started, int Submitted, int Approved, int Rejected, int Backlog, int SlaBreached, int WentLive,
    int? MedianDecisionMinutes, int? MedianSignUpToLiveMinutes);

/// <summary>Applications started in the period that reached <see cref="Stage"/> or went further.</summary>
public sealed record FunnelStep(FunnelStage Stage, int Applications);

/// <summary>The applications in an unfinished <see cref="State"/> now, and how long they have been in it on average.</summary>
public sealed record StateStay(ApplicationState State, int Applications, double AverageMinutes);

/// <summary>Applications with at least one document rejected for <see cref="Code"/> during the period.</summary>
public sealed record ReasonCount(string Code, int Applications);

/// <summary>Per platform: applications submitted for it during the period, and those live with it now.</summary>
public sealed record PlatformCount(string Code, int Opened, int Live);

/// <summary>One China day of the period.</summary>
public sealed record TrendDay(DateOnly Day, int Started, int Submitted, int Approved, int Rejected);
