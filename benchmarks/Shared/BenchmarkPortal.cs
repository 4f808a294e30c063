using MerchantPortal.Data;
using MerchantPortal.Extensions;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Benchmarks;

/// <summary>
/// The portal's own service registrations over the benchmark's database file, so the context, its model
/// (Identity's schema included) and the queue service are exactly what the running portal uses.
/// </summary>
public static class BenchmarkPortal
{
    public static IServiceProvider Create(string databasePath)
    {
        var builder = WebApplication.CreateBuilder(
        [
            $"--ConnectionStrings:Portal=Data Source={databasePath}",
            $"--Portal:DataDirectory={Path.GetDirectoryName(databasePath)}",
            "--Logging:LogLevel:Default=Warning",
        ]);
        builder.AddPortalServices();
        return builder.Services.BuildServiceProvider();
    }

    public static IDbContextFactory<PortalDbContext> Database(this IServiceProvider services) =>
        services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
}
