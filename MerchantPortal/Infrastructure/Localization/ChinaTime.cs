using System.Globalization;

namespace MerchantPortal.Infrastructure.Localization;

/// <summary>Times are stored in UTC and always shown in Asia/Shanghai, in the reader's culture.</summary>
public static class ChinaTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateTime FromUtc(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The China time as files carry it (CSV exports): sortable, the same in every language.</summary>
    public static string Stamp(DateTime utc) =>
        FromUtc(utc).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Format(DateTime utc) =>
        FromUtc(utc).ToString("g", CultureInfo.CurrentCulture);

    /// <summary>Midnight of <paramref name="day"/> in China, in UTC: where a day's range starts when filtering stored times.</summary>
    public static DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Zone);
}
