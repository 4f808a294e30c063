using MerchantPortal.Data;
using MerchantPortal.Domain.Enrollments;
using MerchantPortal.Domain.Onboarding;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Dashboard;

/// <summary>
/// Each dashboard figure as one query the database answers from a covering index (decision 0015); nothing is
/// computed by loading rows. Counts that open a list are <see cref="DashboardScope"/>'s query counted.
/// </summary>
public sealed class DashboardQueries(PortalDbContext db, DashboardFilter filter, DateTime nowUtc)
{
    /// <summary>States an application does not wait in: the time-in-state figure leaves them out.</summary>
    private static readonly ApplicationState[] Finished = [ApplicationState.Approved, ApplicationState.Rejected, ApplicationState.Withdrawn];

    private IQueryable<OnboardingApplication> Applications => db.Applications.AsNoTracking().Declared(filter);

    public Task<int> CountAsync(DashboardSlice slice, CancellationToken cancellationToken = default) =>
        DashboardScope.Slice(db, filter, slice, nowUtc).CountAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<ApplicationState, int>> StatesAsync(CancellationToken cancellationToken = default) =>
        await Applications.GroupBy(a => a.State).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);

    /// <summary>The middle value (the lower of the two middles for an even count) of the decisions' times in the period.</summary>
    public async Task<int?> MedianDecisionMinutesAsync(CancellationToken cancellationToken = default)
    {
        var decided = Applications.Where(a => a.DecidedOn >= filter.From && a.DecidedOn <= filter.To && a.DecisionMinutes != null)
            .Select(a => a.DecisionMinutes!.Value);
        return await MedianAsync(decided, cancellationToken);
    }

    public async Task<int?> MedianSignUpToLiveMinutesAsync(CancellationToken cancellationToken = default)
    {
        var live = Applications.Where(a => a.LiveOn >= filter.From && a.LiveOn <= filter.To && a.SignUpToLiveMinutes != null)
            .Select(a => a.SignUpToLiveMinutes!.Value);
        return await MedianAsync(live, cancellationToken);
    }

    /// <summary>Of the applications started in the period, how many reached each stage or went further.</summary>
    public async Task<IReadOnlyList<FunnelStep>> FunnelAsync(CancellationToken cancellationToken = default)
    {
        // One pass of conditional counts: grouping by stage would sort every started application first.
        var reached = await Applications.Where(a => a.StartedOn >= filter.From && a.StartedOn <= filter.To).GroupBy(a => 1).Select(g => new[]
        {
            g.Count(), g.Count(a => a.Stage >= FunnelStage.PlatformsChosen), g.Count(a => a.Stage >= FunnelStage.EnterpriseEntered),
            g.Count(a => a.Stage >= FunnelStage.DocumentsUploaded), g.Count(a => a.Stage >= FunnelStage.IdentityVerified),
            g.Count(a => a.Stage >= FunnelStage.Submitted), g.Count(a => a.Stage >= FunnelStage.Approved),
            g.Count(a => a.Stage >= FunnelStage.TestsPassed), g.Count(a => a.Stage >= FunnelStage.Live),
        }).SingleOrDefaultAsync(cancellationToken) ?? new int[Enum.GetValues<FunnelStage>().Length];
        return [.. Enum.GetValues<FunnelStage>().Select(stage => new FunnelStep(stage, reached[(int)stage]))];
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
        var rejections = db.DocumentDecisions.Where(d => d.DecidedAtUtc >= filter.FromUtc && d.DecidedAtUtc < filter.ToUtc && !d.Approved && d.ReasonCode != null);
        if (filter.NarrowsApplications)
        {
            // Joined, not "IN (selected ids)": the period's few decisions look up their application, instead of the
            // database listing every application the filter selects first.
            rejections = rejections.Join(Applications, d => d.ApplicationId, a => a.Id, (d, a) => d);
        }

        var reasons = await rejections.GroupBy(d => d.ReasonCode!)
            .Select(g => new { g.Key, Applications = g.Select(d => d.ApplicationId).Distinct().Count() })
            .OrderByDescending(r => r.Applications).ThenBy(r => r.Key).Take(top).ToListAsync(cancellationToken);
        return [.. reasons.Select(r => new ReasonCount(r.Key, r.Applications))];
    }

    public async Task<IReadOnlyList<PlatformCount>> PlatformsAsync(CancellationToken cancellationToken = default)
    {
        var enrollments = db.Enrollments.AsQueryable();
        if (filter.NarrowsApplications)
        {
            enrollments = enrollments.Join(Applications, e => e.ApplicationId, a => a.Id, (e, a) => e);
        }

        var opened = await enrollments.Where(e => e.CreatedAtUtc >= filter.FromUtc && e.CreatedAtUtc < filter.ToUtc)
            .GroupBy(e => e.PlatformCode).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var live = await enrollments.Where(e => e.State == EnrollmentState.Live)
            .GroupBy(e => e.PlatformCode).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        return [.. opened.Keys.Union(live.Keys).Order(StringComparer.Ordinal)
            .Select(code => new PlatformCount(code, opened.GetValueOrDefault(code), live.GetValueOrDefault(code)))];
    }

    /// <summary>Every day of the period, days without events included.</summary>
    public async Task<IReadOnlyList<TrendDay>> TrendAsync(CancellationToken cancellationToken = default)
    {
        var (from, to) = (filter.From, filter.To);
        var started = await PerDayAsync(Applications.Where(a => a.StartedOn >= from && a.StartedOn <= to).Select(a => a.StartedOn), cancellationToken);
        var submitted = await PerDayAsync(Applications.Where(a => a.FirstSubmittedOn >= from && a.FirstSubmittedOn <= to).Select(a => a.FirstSubmittedOn!.Value), cancellationToken);
        var approved = await PerDayAsync(DashboardScope.Decided(Applications, ApplicationState.Approved, from, to).Select(a => a.DecidedOn!.Value), cancellationToken);
        var rejected = await PerDayAsync(DashboardScope.Decided(Applications, ApplicationState.Rejected, from, to).Select(a => a.DecidedOn!.Value), cancellationToken);
        return [.. Enumerable.Range(0, filter.Days).Select(i => from.AddDays(i)).Select(day => new TrendDay(day,
            started.GetValueOrDefault(day), submitted.GetValueOrDefault(day), approved.GetValueOrDefault(day), rejected.GetValueOrDefault(day)))];
    }

    private static Task<Dictionary<DateOnly, int>> PerDayAsync(IQueryable<DateOnly> days, CancellationToken cancellationToken) =>
        days.GroupBy(d => d).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(d => d.Key, d => d.Count, cancellationToken);

    private static async Task<int?> MedianAsync(IQueryable<int> values, CancellationToken cancellationToken)
    {
        var count = await values.CountAsync(cancellationToken);
        return count == 0 ? null : await values.OrderBy(v => v).Skip((count - 1) / 2).FirstAsync(cancellationToken);
    }
}
