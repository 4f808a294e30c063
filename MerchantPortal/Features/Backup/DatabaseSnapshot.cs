using MerchantPortal.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Backup;

/// <summary>A consistent copy of the live SQLite database, taken while the portal keeps writing.</summary>
public static class DatabaseSnapshot
{
    /// <summary>
    /// Copies the database through SQLite's online backup API in one step: the copy is one read transaction, so it
    /// holds every transaction committed before it began, including those still in the WAL file (a plain file copy
    /// of portal.db misses them), and none that commit while it runs. In WAL mode a reader does not block writers,
    /// so the running portal goes on saving meanwhile; only a checkpoint waits for the copy to finish.
    /// </summary>
    public static void Copy(string connectionString, string destination)
    {
        // ReadWrite, not ReadWriteCreate: a mistyped path is an error, not a new empty database.
        var source = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadWrite, Pooling = false };
        using var from = new SqliteConnection(source.ToString());
        from.Open();
        Execute(from, "PRAGMA busy_timeout = 5000;");

        using var to = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = destination,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        to.Open();
        from.BackupDatabase(to);
        // One self-contained file: no -wal beside it that a copy of the backup could leave behind.
        Execute(to, "PRAGMA journal_mode = DELETE;");
    }

    /// <summary>The counts a restore can be checked against, and the stored names of every document file the rows refer to.</summary>
    public static async Task<(BackupCounts Counts, IReadOnlySet<string> StoredNames)> ReadAsync(string databaseFile)
    {
        var connection = new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        await using var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite(connection.ToString()).Options);
        var counts = new BackupCounts(
            await db.AuditEntries.LongCountAsync(),
            await db.Users.LongCountAsync(),
            await db.Organizations.LongCountAsync(),
            await db.Applications.LongCountAsync(),
            await db.Documents.LongCountAsync());
        // Message attachments live in the same document store as the application documents.
        var names = await db.Documents.Select(d => d.StoredName).Concat(db.MessageAttachments.Select(a => a.StoredName)).ToListAsync();
        return (counts, names.ToHashSet(StringComparer.Ordinal));
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
