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

    /// <summary>Each platform's name by its code, in the reader's language (the current UI culture).</summary>
    public async Task<Dictionary<string, string>> NamesAsync()
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture.Name;
        return (await ListAsync()).ToDictionary(p => p.Code, p => p.Name.For(culture));
    }

    /// <summary>Whether the platform's folder carries its protocol; a platform without one can never be opened to applicants.</summary>
    public bool HasProtocol(string code) => definitions.Any(d => d.DefaultCatalogueEntry.Code == code && d.HasProtocol);

    /// <summary>
    /// What the wizard's first step offers: the open platforms, the ones whose protocol is still to come (shown, not
    /// selectable), and whatever the application already chose. A platform an admin closed is not offered to anyone else.
    /// </summary>
    public async Task<IReadOnlyList<PaymentPlatform>> OfferedAsync(IReadOnlyCollection<string> chosen) =>
        [.. (await ListAsync()).Where(p => p.IsAvailable || !HasProtocol(p.Code) || chosen.Contains(p.Code))];
}
