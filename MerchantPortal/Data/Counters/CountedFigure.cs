namespace MerchantPortal.Data.Counters;

/// <summary>What a <see cref="DashboardCount"/> counts. Stored as a number: never renumber.</summary>
public enum CountedFigure
{
    /// <summary>Applications started on the day; the key is the furthest funnel stage reached (its number).</summary>
    Started = 0,

    /// <summary>Applications first submitted on the day.</summary>
    Submitted = 1,

    /// <summary>Applications whose first decision, on the day, was to approve.</summary>
    Approved = 2,

    /// <summary>Applications whose first decision, on the day, was to reject.</summary>
    Rejected = 3,

    /// <summary>Applications first submitted on the day, once per platform they declare; the key is the platform.</summary>
    SubmittedFor = 4,

    /// <summary>Applications live now on a platform (the key), whenever that happened: the day is <see cref="DashboardCount.Timeless"/>.</summary>
    LiveNow = 5,
}
