using MerchantPortal.Resources;

namespace MerchantPortal.Features.Review;

/// <summary>A waiting time as a reviewer reads it: hours, or days and hours.</summary>
public static class Durations
{
    public static string Short(TimeSpan span) => span.TotalHours < 24
        ? string.Format(ReviewText.AgeHours, Math.Max(0, (int)span.TotalHours))
        : string.Format(ReviewText.AgeDays, (int)span.TotalDays, span.Hours);
}
