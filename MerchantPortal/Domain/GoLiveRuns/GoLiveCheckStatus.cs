namespace MerchantPortal.Domain.GoLiveRuns;

/// <summary>Where one check stands. The numbers are stored: never renumber, only append.</summary>
public enum GoLiveCheckStatus
{
    Pending = 0,
    Running = 1,
    Passed = 2,
    Failed = 3,

    /// <summary>Not run, because a check it builds on failed or the run ended first.</summary>
    Skipped = 4,
}
