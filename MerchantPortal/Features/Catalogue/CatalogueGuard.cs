using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Features.Review;

namespace MerchantPortal.Features.Catalogue;

/// <summary>The catalogue's services check the role again, whatever page called them.</summary>
public static class CatalogueGuard
{
    public static async Task EnsureAdminAsync(PortalDbContext db, string userId)
    {
        if (!await StaffGuard.IsAdminAsync(db, userId))
        {
            throw new DomainException(DomainErrors.NotAdmin);
        }
    }
}
