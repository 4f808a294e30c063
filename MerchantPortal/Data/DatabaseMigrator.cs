using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MerchantPortal.Domain.Accounts;

namespace MerchantPortal.Data;

/// <summary>Brings the database to the newest migration on start-up and makes sure the roles exist.</summary>
public static class DatabaseMigrator
{
    public static async Task MigrateAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var dbFactory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            if (db.Database.IsSqlite())
            {
                // WAL lets readers go on while one writer writes; the setting is stored in the file itself.
                await db.Database.OpenConnectionAsync();
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;");
            }

            await db.Database.MigrateAsync();
        }

        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in PortalRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}
