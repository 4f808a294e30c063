using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MerchantPortal.Data;

/// <summary>
/// Sets the per-connection SQLite options: wait for a writer instead of failing at once with
/// "database is locked", enforce foreign keys, and read through a memory map. WAL itself is set once, when the database is migrated.
/// </summary>
public sealed class SqliteConnectionInterceptor : DbConnectionInterceptor
{
    // Memory-mapped reads spare a system call per page on large scans such as the review queue's.
    private const string Pragmas = "PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; PRAGMA mmap_size = 268435456;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
