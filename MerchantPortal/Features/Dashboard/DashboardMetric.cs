namespace MerchantPortal.Features.Dashboard;

/// <summary>The figures of the dashboard that open a list: each names the applications it counts.</summary>
public enum DashboardMetric
{
    /// <summary>Now in the state named by the key.</summary>
    State,
    Started,
    Submitted,
    Approved,
    Rejected,
    /// <summary>Approved or rejected in the period: the cases behind the median time to a decision.</summary>
    Decided,
    /// <summary>Waiting for staff now.</summary>
    Backlog,
    /// <summary>Waiting for staff past the SLA now.</summary>
    SlaBreached,
    WentLive,
    /// <summary>Started in the period and reached at least the funnel stage named by the key.</summary>
    Stage,
    /// <summary>Had a document rejected for the reason code named by the key during the period.</summary>
    RejectionReason,
    /// <summary>Opened an enrollment with the platform named by the key during the period (submitted for it).</summary>
    PlatformOpened,
    /// <summary>Live with the platform named by the key now.</summary>
    PlatformLive,
    /// <summary>The trend's days: the key is the China day, yyyy-MM-dd.</summary>
    StartedOn,
    SubmittedOn,
    ApprovedOn,
    RejectedOn,
}
