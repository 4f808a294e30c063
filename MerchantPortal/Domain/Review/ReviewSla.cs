namespace MerchantPortal.Domain.Review;

/// <summary>
/// The colour of an SLA, counted in working hours as the due time was: breached once due, "due soon" when no
/// more than a quarter of the hours allowed is left — so a weekend or a holiday does not turn a case amber.
/// </summary>
public static class ReviewSla
{
    public static SlaLevel Level(double workingHoursLeft, double hoursAllowed, bool pastDue) =>
        pastDue ? SlaLevel.Breached
        : workingHoursLeft <= hoursAllowed / 4 ? SlaLevel.DueSoon
        : SlaLevel.OnTrack;
}
