namespace MerchantPortal.Features.Review;

/// <summary>
/// The seed of the holiday calendar: 国务院办公厅关于2026年部分节假日安排的通知 (国办发明电〔2025〕7号,
/// 4 November 2025). The notice for 2027 was not published in the sources we could check; admins add a
/// year's dates in the settings when the State Council publishes them.
/// </summary>
public static class OfficialHolidays
{
    public static readonly IReadOnlyList<DateOnly> DaysOff =
    [
        .. Range(2026, 1, 1, 3),   // 元旦
        .. Range(2026, 2, 15, 9),  // 春节
        .. Range(2026, 4, 4, 3),   // 清明节
        .. Range(2026, 5, 1, 5),   // 劳动节
        .. Range(2026, 6, 19, 3),  // 端午节
        .. Range(2026, 9, 25, 3),  // 中秋节
        .. Range(2026, 10, 1, 7),  // 国庆节
    ];

    /// <summary>Weekend days worked in exchange (调休上班).</summary>
    public static readonly IReadOnlyList<DateOnly> MakeUpWorkdays =
    [
        new(2026, 1, 4), new(2026, 2, 14), new(2026, 2, 28), new(2026, 5, 9), new(2026, 9, 20), new(2026, 10, 10),
    ];

    private static IEnumerable<DateOnly> Range(int year, int month, int day, int days) =>
        Enumerable.Range(0, days).Select(i => new DateOnly(year, month, day).AddDays(i));
}
