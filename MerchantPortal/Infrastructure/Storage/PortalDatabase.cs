namespace MerchantPortal.Infrastructure.Storage;

/// <summary>Where the portal's SQLite database is: <c>ConnectionStrings:Portal</c>, else <c>portal.db</c> in the data folder.</summary>
public static class PortalDatabase
{
    public const string FileName = "portal.db";

    public static string ConnectionString(IConfiguration configuration, DataDirectory dataDirectory) =>
        configuration.GetConnectionString("Portal") is { Length: > 0 } connection
            ? connection
            : $"Data Source={Path.Combine(dataDirectory.Root, FileName)}";
}
