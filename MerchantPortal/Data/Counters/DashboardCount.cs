namespace MerchantPortal.Data.Counters;

/// <summary>
/// How many applications of one scope (a declared platform, subject type and industry, each or "any") count towards
/// one figure on one China day: the dashboard sums a period's days instead of reading every application in it
/// (docs/decisions/0015-dashboard-queries.md). Kept by <see cref="DashboardCountChanges"/> in the transaction that
/// changes the applications.
/// </summary>
public sealed class DashboardCount
{
    /// <summary>The <see cref="Platform"/> of the counts every application adds to, whatever it declares.</summary>
    public const string AnyPlatform = "";

    /// <summary>The <see cref="SubjectType"/> and <see cref="Industry"/> of the counts every application adds to.</summary>
    public const int Any = -1;

    /// <summary>The day of a figure that is not about a day (<see cref="CountedFigure.LiveNow"/>).</summary>
    public static readonly DateOnly Timeless = DateOnly.MinValue;

    public CountedFigure Figure { get; private set; }

    public string Platform { get; private set; } = AnyPlatform;

    public int SubjectType { get; private set; }

    public int Industry { get; private set; }

    public DateOnly Day { get; private set; }

    /// <summary>The funnel stage's number, the platform's code, or empty.</summary>
    public string Key { get; private set; } = "";

    public int Count { get; private set; }
}
