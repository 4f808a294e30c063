using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Review;

/// <summary>Review services check the caller's role again, whatever page or endpoint called them.</summary>
public static class StaffGuard
{
    public static async Task EnsureStaffAsync(PortalDbContext db, string userId)
    {
        if (!await IsStaffAsync(db, userId))
        {
            throw new DomainException(DomainErrors.NotStaff);
        }
    }

    public static Task<bool> IsStaffAsync(PortalDbContext db, string userId) => db.UserIdsInRole(PortalRoles.Staff).ContainsAsync(userId);

    public static Task<bool> IsAdminAsync(PortalDbContext db, string userId) => db.UserIdsInRole(PortalRoles.Admin).ContainsAsync(userId);
}
