using System.Globalization;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Infrastructure.Localization;

namespace MerchantPortal.Features.Dashboard;

/// <summary>
/// What the dashboard looks at: a period of China days (both ends included) and, optionally, one platform, subject
/// type and industry as the applicant declared them. It travels in the query string, so every figure's link and
/// every report reproduce exactly the view they came from.
/// </summary>
public sealed record DashboardFilter(DateOnly From, DateOnly To, string? Platform = null, SubjectType? SubjectType = null, Industry? Industry = null)
{
    public const int DefaultDays = 30;

    public const int MaxDays = 366;

    public DateTime FromUtc => ChinaTime.StartOfDayUtc(From);

    /// <summary>The end of the period: midnight after <see cref="To"/>, excluded.</summary>
    public DateTime ToUtc => ChinaTime.StartOfDayUtc(To.AddDays(1));

    public int Days => To.DayNumber - From.DayNumber + 1;

    public bool NarrowsApplications => Platform is not null || SubjectType is not null || Industry is not null;

    public static DashboardFilter LastDays(DateOnly today, int days = DefaultDays) => new(today.AddDays(1 - days), today);

    public string ToQueryString()
    {
        var parts = new List<string> { $"from={Day(From)}", $"to={Day(To)}" };
        if (Platform is not null)
        {
            parts.Add($"platform={Uri.EscapeDataString(Platform)}");
        }

        if (SubjectType is { } subject)
        {
            parts.Add($"subject={subject}");
        }

        if (Industry is { } industry)
        {
            parts.Add($"industry={industry}");
        }

        return string.Join('&', parts);
    }

    /// <summary>Reads the query string's values; what is missing or unreadable falls back to the last 30 days, no narrowing.</summary>
    public static DashboardFilter Parse(string? from, string? to, string? platform, string? subject, string? industry, DateOnly today)
    {
        var fallback = LastDays(today);
        return new DashboardFilter(
            ParseDay(from) ?? fallback.From,
            ParseDay(to) ?? fallback.To,
            string.IsNullOrWhiteSpace(platform) ? null : platform.Trim(),
            Enum.TryParse<SubjectType>(subject, out var s) && Enum.IsDefined(s) ? s : null,
            Enum.TryParse<Industry>(industry, out var i) && Enum.IsDefined(i) ? i : null);
    }

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseDay(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
