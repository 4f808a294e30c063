using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Review;
using MerchantPortal.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Review;

/// <summary>
/// The review queue, filtered, sorted and paged in the database: one table (the application with its
/// <see cref="ReviewListing"/>), indexed on state with each order, so a page costs the same at 100 or 100,000 cases.
/// </summary>
public sealed class ReviewQueueService(IDbContextFactory<PortalDbContext> dbFactory, ReviewSlaClock sla)
{
    public async Task<ReviewQueueResult> QueryAsync(string userId, ReviewQueueQuery query)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await StaffGuard.EnsureStaffAsync(db, userId);
        var filtered = Filter(db.Applications.AsNoTracking(), query, userId);
        // Staff who also belong to an organization (rare) do not see its case in the queue.
        var ownOrganizations = await db.OrganizationMembers.Where(m => m.UserId == userId).Select(m => m.OrganizationId).ToListAsync();
        if (ownOrganizations.Count > 0)
        {
            filtered = filtered.Where(a => !ownOrganizations.Contains(a.OrganizationId));
        }

        var total = await filtered.CountAsync();
        var rows = await Sort(filtered, query)
            .Skip(Math.Max(query.Page, 0) * PageSize(query)).Take(PageSize(query))
            .Select(a => new
            {
                a.Id, a.Listing!.LegalName, a.Listing.CreditCode, a.Listing.SubjectType, a.Listing.Industry, a.Listing.Platforms,
                a.State, a.ReviewRound, a.Risk, a.SubmittedAtUtc, a.SlaDueAtUtc, a.AssigneeUserId,
            })
            .ToListAsync();
        var assigneeIds = rows.Select(r => r.AssigneeUserId).OfType<string>().Distinct().ToList();
        var names = await db.Users.Where(u => assigneeIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        var meter = await sla.MeterAsync();
        return new ReviewQueueResult(
            [.. rows.Select(r => new ReviewQueueRow(r.Id, r.LegalName, r.CreditCode, r.SubjectType, r.Industry,
                ReviewListing.CodesOf(r.Platforms), r.State, r.ReviewRound, r.Risk, r.SubmittedAtUtc!.Value, r.SlaDueAtUtc!.Value,
                r.AssigneeUserId, r.AssigneeUserId is null ? null : names.GetValueOrDefault(r.AssigneeUserId), meter(r.SlaDueAtUtc!.Value)))],
            total);
    }

    /// <summary>The staff a case can be assigned to, by name.</summary>
    public async Task<IReadOnlyList<(string Id, string Name)>> ReviewersAsync(string userId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await StaffGuard.EnsureStaffAsync(db, userId);
        var staff = db.UserIdsInRole(PortalRoles.Staff);
        var users = await db.Users.Where(u => staff.Contains(u.Id)).OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync();
        return [.. users.Select(u => (u.Id, u.DisplayName))];
    }

    private static int PageSize(ReviewQueueQuery query) => Math.Clamp(query.PageSize, 1, ReviewQueueQuery.MaxPageSize);

    internal static IQueryable<OnboardingApplication> Filter(IQueryable<OnboardingApplication> applications, ReviewQueueQuery query, string userId)
    {
        var states = query.States.Count == 0 ? ApplicationWorkflow.AwaitingStaff : query.States;
        // Submitted at least once means a listing exists; the test is on an indexed column, so the queue never reads the table.
        applications = applications.Where(a => a.SubmittedAtUtc != null && states.Contains(a.State));
        if (!string.IsNullOrWhiteSpace(query.Platform))
        {
            var pattern = ReviewListing.PlatformPattern(query.Platform.Trim());
            applications = applications.Where(a => EF.Functions.Like(a.Listing!.Platforms, pattern));
        }

        if (query.SubjectType is { } subject)
        {
            applications = applications.Where(a => a.Listing!.SubjectType == subject);
        }

        if (query.Industry is { } industry)
        {
            applications = applications.Where(a => a.Listing!.Industry == industry);
        }

        if (query.Risk is { } risk)
        {
            applications = applications.Where(a => a.Risk == risk);
        }

        if (query.SubmittedFrom is { } from)
        {
            var fromUtc = ChinaTime.StartOfDayUtc(from);
            applications = applications.Where(a => a.SubmittedAtUtc >= fromUtc);
        }

        if (query.SubmittedTo is { } to)
        {
            var toUtc = ChinaTime.StartOfDayUtc(to.AddDays(1));
            applications = applications.Where(a => a.SubmittedAtUtc < toUtc);
        }

        applications = query.Assignee switch
        {
            AssigneeFilter.Me => applications.Where(a => a.AssigneeUserId == userId),
            AssigneeFilter.Unassigned => applications.Where(a => a.AssigneeUserId == null),
            AssigneeFilter.Person => applications.Where(a => a.AssigneeUserId == query.AssigneeUserId),
            _ => applications,
        };
        if (query.Search?.Trim() is { Length: > 0 } search)
        {
            var code = search.ToUpperInvariant();
            applications = applications.Where(a => a.Listing!.LegalName.Contains(search) || a.Listing.CreditCode.StartsWith(code));
        }

        return applications;
    }

    internal static IQueryable<OnboardingApplication> Sort(IQueryable<OnboardingApplication> applications, ReviewQueueQuery query) =>
        (query.Sort, query.Descending) switch
        {
            (ReviewQueueSort.Submitted, false) => applications.OrderBy(a => a.SubmittedAtUtc).ThenBy(a => a.Id),
            (ReviewQueueSort.Submitted, true) => applications.OrderByDescending(a => a.SubmittedAtUtc).ThenBy(a => a.Id),
            (ReviewQueueSort.LegalName, false) => applications.OrderBy(a => a.Listing!.LegalName).ThenBy(a => a.Id),
            (ReviewQueueSort.LegalName, true) => applications.OrderByDescending(a => a.Listing!.LegalName).ThenBy(a => a.Id),
            (ReviewQueueSort.State, false) => applications.OrderBy(a => a.State).ThenBy(a => a.SlaDueAtUtc).ThenBy(a => a.Id),
            (ReviewQueueSort.State, true) => applications.OrderByDescending(a => a.State).ThenBy(a => a.SlaDueAtUtc).ThenBy(a => a.Id),
            (_, true) => applications.OrderByDescending(a => a.SlaDueAtUtc).ThenBy(a => a.Id),
            // Earliest due first: whatever is overdue leads the queue.
            _ => applications.OrderBy(a => a.SlaDueAtUtc).ThenBy(a => a.Id),
        };
}
