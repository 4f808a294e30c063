using System.Globalization;
using System.Text;
using MerchantPortal.Domain.Onboarding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace MerchantPortal.Data.Counters;

/// <summary>
/// What the pending changes to applications do to the dashboard's counts: every changed application takes one off
/// the counts it was in and adds one to those it is in now. Applied in the transaction that saves the applications,
/// as additions in the database (never read, changed and written back), so concurrent saves cannot lose a count.
/// </summary>
public sealed class DashboardCountChanges
{
    // Seven parameters a row: well inside SQLite's limit of 32,766 a statement.
    private const int RowsPerStatement = 500;

    private readonly IReadOnlyList<KeyValuePair<DashboardCountKey, int>> changes;

    private DashboardCountChanges(IReadOnlyList<KeyValuePair<DashboardCountKey, int>> changes) => this.changes = changes;

    public bool IsEmpty => changes.Count == 0;

    /// <summary>Reads the tracked applications; call before saving, while their original values are still known.</summary>
    public static DashboardCountChanges Of(ChangeTracker tracker)
    {
        var deltas = new Dictionary<DashboardCountKey, int>();
        foreach (var entry in tracker.Entries<OnboardingApplication>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                Add(deltas, entry.OriginalValues, -1);
            }

            if (entry.State is EntityState.Modified or EntityState.Added)
            {
                Add(deltas, entry.CurrentValues, 1);
            }
        }

        return new([.. deltas.Where(d => d.Value != 0)]);
    }

    public async Task ApplyAsync(DbContext db, CancellationToken cancellationToken)
    {
        foreach (var chunk in changes.Chunk(RowsPerStatement))
        {
            await db.Database.ExecuteSqlRawAsync(Upsert(chunk.Length), Parameters(chunk), cancellationToken);
        }
    }

    public void Apply(DbContext db)
    {
        foreach (var chunk in changes.Chunk(RowsPerStatement))
        {
            db.Database.ExecuteSqlRaw(Upsert(chunk.Length), Parameters(chunk));
        }
    }

    private static void Add(Dictionary<DashboardCountKey, int> deltas, PropertyValues application, int delta)
    {
        foreach (var key in DashboardCountKey.Of(application))
        {
            deltas[key] = deltas.GetValueOrDefault(key) + delta;
        }
    }

    private static string Upsert(int rows)
    {
        var sql = new StringBuilder("""INSERT INTO "DashboardCounts" ("Figure", "Platform", "SubjectType", "Industry", "Day", "Key", "Count") VALUES """);
        for (var row = 0; row < rows; row++)
        {
            var p = row * 7;
            sql.Append(row == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"({{{p}}}, {{{p + 1}}}, {{{p + 2}}}, {{{p + 3}}}, {{{p + 4}}}, {{{p + 5}}}, {{{p + 6}}})");
        }

        return sql.Append(""" ON CONFLICT ("Figure", "Platform", "SubjectType", "Industry", "Day", "Key") DO UPDATE SET "Count" = "Count" + excluded."Count";""").ToString();
    }

    private static object[] Parameters(IEnumerable<KeyValuePair<DashboardCountKey, int>> rows) =>
    [
        .. rows.SelectMany(r => new object[]
        {
            (int)r.Key.Figure, r.Key.Platform, r.Key.SubjectType, r.Key.Industry,
            r.Key.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Key.Key, r.Value,
        }),
    ];
}
