using MerchantPortal.Data;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Onboarding;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Home;

/// <summary>The counts on the staff home pages, each one a COUNT in the database.</summary>
public sealed class PortalOverviewService(IDbContextFactory<PortalDbContext> dbFactory)
{
    public async Task<PortalOverview> GetAsync()
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var staff = db.UserIdsInRole(PortalRoles.Staff);
        return new PortalOverview(
            await db.Organizations.CountAsync(),
            await db.UserIdsInRole(PortalRoles.Applicant).CountAsync(),
            await db.UserIdsInRole(PortalRoles.Reviewer).CountAsync(),
            await db.UserIdsInRole(PortalRoles.Admin).CountAsync(),
            await db.Users.CountAsync(u => staff.Contains(u.Id) && !u.TwoFactorEnabled));
    }

    public async Task<IReadOnlyList<RecentOrganization>> RecentOrganizationsAsync(int count)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Organizations.IgnoreAutoIncludes()
            .OrderByDescending(o => o.CreatedAtUtc)
            .Take(count)
            .Select(o => new RecentOrganization(o.Id, o.Name, db.OrganizationMembers.Count(m => m.OrganizationId == o.Id), o.CreatedAtUtc))
            .ToListAsync();
    }

    /// <summary>How many applications stand in each state (states with none are left out).</summary>
    public async Task<IReadOnlyDictionary<ApplicationState, int>> ApplicationsByStateAsync()
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Applications.GroupBy(a => a.State)
            .Select(g => new { State = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.State, x => x.Count);
    }
}
