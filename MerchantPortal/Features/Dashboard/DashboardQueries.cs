using MerchantPortal.Data;
using MerchantPortal.Data.Configurations;
using MerchantPortal.Data.Counters;
using MerchantPortal.Domain.Onboarding;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Dashboard;

/// <summary>
/// Each dashboard figure as one query the database answers from a covering index or from the per-day counts
/// (decision 0015); nothing is computed by loading rows. Counts that open a list are <see cref="DashboardScope"/>'s query counted.
/// </summary>
public sealed class DashboardQueries(PortalDbContext db, DashboardFilter filter, DateTime nowUtc)
{
    /// <summary>States an application does not wait in: the time-in-state figure leaves them out.</summary>
    private static readonly ApplicationState[] Finished = [ApplicationState.Approved, ApplicationState.Rejected, ApplicationState.Withdrawn];

    private const string ByDecisionMinutes = "SELECT * FROM \"Applications\" INDEXED BY \"" + DashboardIndexes.DecisionMinutes + "\"";

    private const string BySignUpToLiveMinutes = "SELECT * FROM \"Applications\" INDEXED BY \"" + DashboardIndexes.SignUpToLiveMinutes + "\"";

    private IQueryable<OnboardingApplication> Applications => db.Applications.AsNoTracking().Declared(filter);

    public Task<int> CountAsync(DashboardSlice slice, CancellationToken cancellationToken = default) =>
        DashboardScope.Slice(db, filter, slice, nowUtc).CountAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<ApplicationState, int>> StatesAsync(CancellationToken cancellationToken = default) =>
        await Applications.GroupBy(a => a.State).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);

    /// <summary>The middle value (the lower of the two middles for an even count) of the decisions' times in the period.</summary>
    public async Task<int?> MedianDecisionMinutesAsync(CancellationToken cancellationToken = default)
    {
        var decided = InOrderOf(ByDecisionMinutes)
            .Where(a => a.DecidedOn >= filter.From && a.DecidedOn <= filter.To && a.DecisionMinutes != null).Select(a => a.DecisionMinutes!.Value);
        return await MedianAsync(decided, cancellationToken);
    }

    public async Task<int?> MedianSignUpToLiveMinutesAsync(CancellationToken cancellationToken = default)
    {
        var live = InOrderOf(BySignUpToLiveMinutes)
            .Where(a => a.LiveOn >= filter.From && a.LiveOn <= filter.To && a.SignUpToLiveMinutes != null).Select(a => a.SignUpToLiveMinutes!.Value);
        return await MedianAsync(live, cancellationToken);
    }

    /// <summary>Of the applications started in the period, how many reached each stage or went further.</summary>
    public async Task<IReadOnlyList<FunnelStep>> FunnelAsync(CancellationToken cancellationToken = default)
    {
        var furthest = await InPeriod(CountedFigure.Started).GroupBy(c => c.Key).Select(g => new { g.Key, Count = g.Sum(c => c.Count) })
            .ToDictionaryAsync(s => Enum.Parse<FunnelStage>(s.Key), s => s.Count, cancellationToken);
        return [.. Enum.GetValues<FunnelStage>().Select(stage => new FunnelStep(stage, furthest.Where(f => f.Key >= stage).Sum(f => f.Value)))];
    }

    /// <summary>Where unfinished applications wait now, and for how long on average: where organizations are stuck.</summary>
    public async Task<IReadOnlyList<StateStay>> TimeInStateAsync(CancellationToken cancellationToken = default)
    {
        var stays = await Applications.Where(a => !Finished.Contains(a.State))
            .GroupBy(a => a.State)
            .Select(g => new { g.Key, Applications = g.Count(), Entered = g.Average(a => (double)a.StateEnteredAtMinute) })
            .ToListAsync(cancellationToken);
        var now = OnboardingApplication.MinuteOf(nowUtc);
        return [.. stays.OrderBy(s => s.Key).Select(s => new StateStay(s.Key, s.Applications, Math.Max(0, now - s.Entered)))];
    }

    public async Task<IReadOnlyList<ReasonCount>> RejectionReasonsAsync(int top, CancellationToken cancellationToken = default)
    {
        var reasons = await db.DocumentDecisions.Declared(filter)
            .Where(d => !d.Approved && d.DecidedAtUtc >= filter.FromUtc && d.DecidedAtUtc < filter.ToUtc && d.ReasonCode != null)
            .GroupBy(d => d.ReasonCode!)
            .Select(g => new { g.Key, Applications = g.Select(d => d.ApplicationId).Distinct().Count() })
            .OrderByDescending(r => r.Applications).ThenBy(r => r.Key).Take(top).ToListAsync(cancellationToken);
        return [.. reasons.Select(r => new ReasonCount(r.Key, r.Applications))];
    }

    /// <summary>Per platform, the applications first submitted for it in the period, and those live on it now.</summary>
    public async Task<IReadOnlyList<PlatformCount>> PlatformsAsync(CancellationToken cancellationToken = default)
    {
        var submitted = await PerKeyAsync(InPeriod(CountedFigure.SubmittedFor), cancellationToken);
        var live = await PerKeyAsync(Scoped(CountedFigure.LiveNow).Where(c => c.Day == DashboardCount.Timeless), cancellationToken);
        return [.. submitted.Keys.Union(live.Keys).Where(code => submitted.GetValueOrDefault(code) + live.GetValueOrDefault(code) > 0).Order(StringComparer.Ordinal)
            .Select(code => new PlatformCount(code, submitted.GetValueOrDefault(code), live.GetValueOrDefault(code)))];
    }

    /// <summary>Every day of the period, days without events included.</summary>
    public async Task<IReadOnlyList<TrendDay>> TrendAsync(CancellationToken cancellationToken = default)
    {
        CountedFigure[] series = [CountedFigure.Started, CountedFigure.Submitted, CountedFigure.Approved, CountedFigure.Rejected];
        var days = await Scope(db.DashboardCounts.Where(c => series.Contains(c.Figure) && c.Day >= filter.From && c.Day <= filter.To))
            .GroupBy(c => new { c.Figure, c.Day }).Select(g => new { g.Key.Figure, g.Key.Day, Count = g.Sum(c => c.Count) })
            .ToDictionaryAsync(d => (d.Figure, d.Day), d => d.Count, cancellationToken);
        return [.. Enumerable.Range(0, filter.Days).Select(i => filter.From.AddDays(i)).Select(day => new TrendDay(day,
            days.GetValueOrDefault((CountedFigure.Started, day)), days.GetValueOrDefault((CountedFigure.Submitted, day)),
            days.GetValueOrDefault((CountedFigure.Approved, day)), days.GetValueOrDefault((CountedFigure.Rejected, day))))];
    }

    /// <summary>The counts of one figure for the filter's scope (decision 0015: a filtered figure reads only its own rows).</summary>
    private IQueryable<DashboardCount> Scoped(CountedFigure figure) => Scope(db.DashboardCounts.Where(c => c.Figure == figure));

    private IQueryable<DashboardCount> InPeriod(CountedFigure figure) => Scoped(figure).Where(c => c.Day >= filter.From && c.Day <= filter.To);

    private IQueryable<DashboardCount> Scope(IQueryable<DashboardCount> counts)
    {
        var platform = filter.Platform ?? DashboardCount.AnyPlatform;
        var subjectType = filter.SubjectType is { } subject ? (int)subject : DashboardCount.Any;
        var industry = filter.Industry is { } value ? (int)value : DashboardCount.Any;
        return counts.Where(c => c.Platform == platform && c.SubjectType == subjectType && c.Industry == industry);
    }

    private static Task<Dictionary<string, int>> PerKeyAsync(IQueryable<DashboardCount> counts, CancellationToken cancellationToken) =>
        counts.GroupBy(c => c.Key).Select(g => new { g.Key, Count = g.Sum(c => c.Count) }).ToDictionaryAsync(c => c.Key, c => c.Count, cancellationToken);

    /// <summary>
    /// The filtered applications read through an index that starts with the duration a median orders by: walking it
    /// up to the middle takes a few milliseconds, where SQLite's own choice — the day index — sorts a year's rows first.
    /// </summary>
    private IQueryable<OnboardingApplication> InOrderOf(string indexedSource) => db.Applications.FromSqlRaw(indexedSource).AsNoTracking().Declared(filter);

    private static async Task<int?> MedianAsync(IQueryable<int> values, CancellationToken cancellationToken)
    {
        var count = await values.CountAsync(cancellationToken);
        return count == 0 ? null : await values.OrderBy(v => v).Skip((count - 1) / 2).FirstAsync(cancellationToken);
    }
}
