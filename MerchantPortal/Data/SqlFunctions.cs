namespace MerchantPortal.Data;

/// <summary>SQLite's own functions, for queries that must compute in the database (mapped in <see cref="PortalDbContext"/>).</summary>
public static class SqlFunctions
{
    /// <summary>SQLite's <c>julianday()</c>: a stored time as fractional days, so averages of times are computed by the database.</summary>
    public static double JulianDay(DateTime value) => throw new NotSupportedException("julianday() runs only inside a database query.");

    /// <summary>The Julian day number of a UTC time, as <see cref="JulianDay"/> gives it for a stored one.</summary>
    public static double JulianDayOf(DateTime utc) => utc.ToOADate() + 2415018.5;
}
