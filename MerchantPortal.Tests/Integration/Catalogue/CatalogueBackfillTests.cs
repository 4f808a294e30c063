using MerchantPortal.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MerchantPortal.Tests.Integration.Catalogue;

/// <summary>Migration CatalogueVersions on a database that already had rules and submitted applications.</summary>
public sealed class CatalogueBackfillTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"catalogue-backfill-{Guid.NewGuid():N}.db");

    // Without the portal's services Identity builds its older schema version, so the model looks changed; the
    // migrations themselves are the portal's own either way.
    private PortalDbContext Open() => new(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite($"Data Source={path};Pooling=False")
        .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)).Options);

    [Fact]
    public async Task EveryVersionGetsItsRow_AndEverySubmittedApplication_TheNewestVersion()
    {
        var (submitted, draft) = (Guid.NewGuid(), Guid.NewGuid());
        await using (var db = Open())
        {
            await db.GetService<IMigrator>().MigrateAsync("DashboardAging");
            // Raw rows, as the portal wrote them before the migration; the applications they belong to do not matter here.
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF;");
            foreach (var version in new[] { 1, 1, 2 })
            {
                await db.Database.ExecuteSqlRawAsync("""
                    INSERT INTO "RequirementRules" ("Id", "Version", "Document", "SubjectTypes", "Industries", "PlatformCodes", "AnyOfScenes", "CorporateAccountOnly", "ContactNotLegalRepresentativeOnly")
                    VALUES ({0}, {1}, 2, '[]', '[]', '[]', 0, 0, 0)
                    """, Guid.NewGuid(), version);
            }

            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "ApplicationProfiles" ("ApplicationId", "SubmittedRequirements", "UpdatedAtUtc") VALUES ({0}, '[2]', '2026-11-01 00:00:00'), ({1}, NULL, '2026-11-01 00:00:00')
                """, submitted, draft);
        }

        await using (var db = Open())
        {
            await db.Database.MigrateAsync();

            Assert.Equal([1, 2], await db.RequirementVersions.OrderBy(v => v.Version).Select(v => v.Version).ToListAsync());
            Assert.All(await db.RequirementVersions.ToListAsync(), v => Assert.Null(v.PublishedByUserId));
            Assert.Equal(2, await db.ApplicationProfiles.Where(p => p.ApplicationId == submitted).Select(p => p.RequirementsVersion).SingleAsync());
            Assert.Null(await db.ApplicationProfiles.Where(p => p.ApplicationId == draft).Select(p => p.RequirementsVersion).SingleAsync());
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(path);
    }
}
