namespace MerchantPortal.Domain.Review;

/// <summary>The colour of an SLA: breached once due, "due soon" in the last quarter of the time it was given.</summary>
public static class ReviewSla
{
    public static SlaLevel Level(DateTime submittedUtc, DateTime dueUtc, DateTime nowUtc)
    {
        if (nowUtc >= dueUtc)
        {
            return SlaLevel.Breached;
        }

        var given = dueUtc - submittedUtc;
        return given <= TimeSpan.Zero || (dueUtc - nowUtc) <= given / 4 ? SlaLevel.DueSoon : SlaLevel.OnTrack;
    }
}
