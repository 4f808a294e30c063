namespace MerchantPortal.Domain.Scheduling;

/// <summary>The portal counts days as they fall in China (Asia/Shanghai), wherever the server runs.</summary>
public static class ChinaDay
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateOnly Of(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Shanghai));
}
