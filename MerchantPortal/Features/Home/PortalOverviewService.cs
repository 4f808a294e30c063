using MerchantPortal.Data;
using MerchantPortal.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Home;

/// <summary>What the admin is warned about on the dashboard, counted in the database.</summary>
public sealed class PortalOverviewService(IDbContextFactory<PortalDbContext> dbFactory)
{
    /// <summary>Staff who can sign in without their second factor set up yet (decision 0004 asks for it at the first sign-in).</summary>
    public async Task<int> StaffWithoutTwoFactorAsync()
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var staff = db.UserIdsInRole(PortalRoles.Staff);
        return await db.Users.CountAsync(u => staff.Contains(u.Id) && !u.TwoFactorEnabled);
    }
}
