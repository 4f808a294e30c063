using FluentValidation;
using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Features.Review;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Dashboard;

/// <summary>What every dashboard read passes first, whichever page or endpoint asked: a valid filter and an admin.</summary>
public sealed class DashboardGate(IDbContextFactory<PortalDbContext> dbFactory, IValidator<DashboardFilter> validator)
{
    /// <summary>A context for the caller's reads; the caller disposes it.</summary>
    public async Task<PortalDbContext> OpenAsync(string userId, DashboardFilter filter, CancellationToken cancellationToken)
    {
        await validator.ValidateAndThrowAsync(filter, cancellationToken);
        var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await StaffGuard.IsAdminAsync(db, userId))
        {
            await db.DisposeAsync();
            throw new DomainException(DomainErrors.NotAdmin);
        }

        return db;
    }
}
