using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Users;

/// <summary>
/// The user services check again that the caller is an admin, whatever page called them — and an enabled one: a disabled
/// admin's circuit may live on until the next revalidation, but it changes nothing.
/// </summary>
public static class AdminGuard
{
    public static async Task EnsureAdminAsync(PortalDbContext db, string userId)
    {
        var admins = db.UserIdsInRole(PortalRoles.Admin);
        var lockouts = await db.Users.Where(u => u.Id == userId && admins.Contains(u.Id)).Select(u => u.LockoutEnd).ToListAsync();
        if (lockouts is not [var lockoutEnd] || AccountLockout.IsDisabled(lockoutEnd))
        {
            throw new DomainException(DomainErrors.NotAdmin);
        }
    }
}
