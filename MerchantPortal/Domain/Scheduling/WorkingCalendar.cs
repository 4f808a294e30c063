namespace MerchantPortal.Domain.Scheduling;

/// <summary>
/// Working hours for review SLAs: Monday to Friday 09:00–18:00 Asia/Shanghai, minus public holidays, plus
/// make-up working days (调休, a Saturday or Sunday worked in exchange for a longer holiday).
/// </summary>
public sealed class WorkingCalendar(IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> makeUpDays)
{
    public static readonly TimeOnly DayStart = new(9, 0);
    public static readonly TimeOnly DayEnd = new(18, 0);
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private readonly HashSet<DateOnly> holidays = [.. holidays];
    private readonly HashSet<DateOnly> makeUpDays = [.. makeUpDays];

    public bool IsWorkingDay(DateOnly day) =>
        makeUpDays.Contains(day) || (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day));

    /// <summary>The moment <paramref name="hours"/> working hours after <paramref name="startUtc"/>, in UTC.</summary>
    public DateTime AddWorkingHours(DateTime startUtc, double hours)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(startUtc, DateTimeKind.Utc), Shanghai);
        var remaining = TimeSpan.FromHours(hours);
        var day = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        while (true)
        {
            if (IsWorkingDay(day) && time < DayEnd)
            {
                var from = time < DayStart ? DayStart : time;
                var available = DayEnd - from;
                if (remaining <= available)
                {
                    var due = day.ToDateTime(from) + remaining;
                    return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(due, DateTimeKind.Unspecified), Shanghai);
                }

                remaining -= available;
            }

            day = day.AddDays(1);
            time = TimeOnly.MinValue;
        }
    }

    /// <summary>The working hours between two moments (zero when <paramref name="toUtc"/> is not later).</summary>
    public double WorkingHoursBetween(DateTime fromUtc, DateTime toUtc)
    {
        var from = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(fromUtc, DateTimeKind.Utc), Shanghai);
        var to = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(toUtc, DateTimeKind.Utc), Shanghai);
        var total = TimeSpan.Zero;
        for (var day = DateOnly.FromDateTime(from); day <= DateOnly.FromDateTime(to); day = day.AddDays(1))
        {
            if (!IsWorkingDay(day))
            {
                continue;
            }

            var start = Max(day.ToDateTime(DayStart), from);
            var end = Min(day.ToDateTime(DayEnd), to);
            if (end > start)
            {
                total += end - start;
            }
        }

        return total.TotalHours;
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
