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
        var inRole = (string role) => db.UserRoles.Where(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)).Select(ur => ur.UserId);
        var staff = inRole(PortalRoles.Reviewer).Concat(inRole(PortalRoles.Admin));
        return new PortalOverview(
            await db.Organizations.CountAsync(),
            await inRole(PortalRoles.Applicant).CountAsync(),
            await inRole(PortalRoles.Reviewer).CountAsync(),
            await inRole(PortalRoles.Admin).CountAsync(),
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
