using MerchantPortal.Data;
using MerchantPortal.Domain.Platforms;
using MerchantPortal.Platforms;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Catalogue;

/// <summary>The platform catalogue: seeded from each platform folder's default entry, then kept in the database.</summary>
public sealed class PlatformCatalogue(IDbContextFactory<PortalDbContext> dbFactory, IEnumerable<IPlatformDefinition> definitions)
{
    /// <summary>Adds the platforms the catalogue does not have yet; entries already there (perhaps edited by an admin) stay as they are.</summary>
    public async Task SeedDefaultsAsync()
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var known = await db.Platforms.Select(p => p.Code).ToListAsync();
        db.Platforms.AddRange(definitions.Select(d => d.DefaultCatalogueEntry).Where(p => !known.Contains(p.Code)));
        await db.SaveChangesAsync();
    }

    public async Task<IReadOnlyList<PaymentPlatform>> ListAsync()
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Platforms.AsNoTracking().OrderBy(p => p.SortOrder).ToListAsync();
    }
}
