using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Dashboard;

/// <summary>The admin dashboard: its figures for a filter, and the list behind any figure. Admins only.</summary>
public sealed class DashboardService(DashboardGate gate, TimeProvider clock)
{
    public const int TopReasons = 8;

    public const int MaxPageSize = 100;

    public async Task<DashboardView> GetAsync(string userId, DashboardFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await gate.OpenAsync(userId, filter, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var queries = new DashboardQueries(db, filter, now);
        var kpis = new DashboardKpis(
            await queries.CountAsync(new(DashboardMetric.Started), cancellationToken),
            await queries.CountAsync(new(DashboardMetric.Submitted), cancellationToken),
            await queries.CountAsync(new(DashboardMetric.Approved), cancellationToken),
            await queries.CountAsync(new(DashboardMetric.Rejected), cancellationToken),
            await queries.CountAsync(new(DashboardMetric.Backlog), cancellationToken),
            await queries.CountAsync(new(DashboardMetric.SlaBreached), cancellationToken),
            await queries.CountAsync(new(DashboardMetric.WentLive), cancellationToken),
            await queries.MedianDecisionMinutesAsync(cancellationToken),
            await queries.MedianSignUpToLiveMinutesAsync(cancellationToken));
        return new DashboardView(filter, now, kpis,
            await queries.StatesAsync(cancellationToken),
            await queries.FunnelAsync(cancellationToken),
            await queries.TimeInStateAsync(cancellationToken),
            await queries.RejectionReasonsAsync(TopReasons, cancellationToken),
            await queries.PlatformsAsync(cancellationToken),
            await queries.TrendAsync(cancellationToken));
    }

    /// <summary>One page of the applications behind a figure, newest first.</summary>
    public async Task<DashboardList> ListAsync(string userId, DashboardFilter filter, DashboardSlice slice, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        await using var db = await gate.OpenAsync(userId, filter, cancellationToken);
        var applications = DashboardScope.Slice(db, filter, slice, clock.GetUtcNow().UtcDateTime);
        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        var total = await applications.CountAsync(cancellationToken);
        var rows = await applications.OrderByDescending(a => a.CreatedAtUtc).ThenBy(a => a.Id).Skip(Math.Max(page, 0) * size).Take(size)
            .Select(a => new DashboardRow(a.Id, db.Organizations.Where(o => o.Id == a.OrganizationId).Select(o => o.Name).Single(),
                a.Listing == null ? null : a.Listing.LegalName, a.State, a.DeclaredPlatforms, a.CreatedAtUtc, a.FirstSubmittedAtUtc, a.DecidedAtUtc, a.LiveAtUtc))
            .ToListAsync(cancellationToken);
        return new DashboardList(rows, total);
    }
}
