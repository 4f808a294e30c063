using System.Security.Cryptography;
using System.Text.Json;
using MerchantPortal.Data;
using MerchantPortal.Domain.Audit;
using MerchantPortal.Infrastructure.Audit;
using MerchantPortal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Audit;

/// <summary>The keyed chain (docs/decisions/0021): each portal here has a chain of its own to break.</summary>
public sealed class AuditKeyTests : IDisposable
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("merchantportal-audit-keys-").FullName;

    public void Dispose() => Directory.Delete(dataDirectory, recursive: true);

    private static Task<ChainVerification> VerifyAsync(PortalFactory portal) => portal.Services.GetRequiredService<AuditTrail>().VerifyAsync();

    private static async Task<List<long>> AppendAsync(PortalFactory portal, int count, string action = "test.keyed")
    {
        var trail = portal.Services.GetRequiredService<AuditTrail>();
        for (var i = 0; i < count; i++)
        {
            await trail.AppendAsync(new AuditRecord("tester", action, "Test", i.ToString(), new { i }));
        }

        await using var db = await portal.CreateDbContextAsync();
        return await db.AuditEntries.Where(e => e.Action == action).OrderBy(e => e.Id).Select(e => e.Id).ToListAsync();
    }

    /// <summary>What someone with the database file but not the key can do: change a row's columns, bypassing the triggers.</summary>
    private static async Task RewriteAsync(PortalDbContext db, long id, string column, object? value)
    {
        await db.Database.ExecuteSqlRawAsync(AuditTriggers.Drop);
        var sql = "UPDATE \"AuditEntries\" SET \"" + column + "\" = " + (value is null ? "NULL" : "{1}") + " WHERE \"Id\" = {0}";
        await db.Database.ExecuteSqlRawAsync(sql, value is null ? new object[] { id } : new object[] { id, value });
        await db.Database.ExecuteSqlRawAsync(AuditTriggers.Create);
    }

    private static async Task RehashAsync(PortalDbContext db, long id, AuditKey? key)
    {
        var entry = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Id == id);
        await RewriteAsync(db, id, "Hash", entry.ComputeHash(key));
    }

    [Fact]
    public async Task NewEntries_AreHmacsWithTheCurrentKey_AndVerify_NamingTheKeysRange()
    {
        await using var portal = new ConfiguredPortalFactory(dataDirectory);
        var ids = await AppendAsync(portal, 3);
        var ring = portal.Services.GetRequiredService<AuditKeyRing>();
        await using var db = await portal.CreateDbContextAsync();
        var entry = await db.AuditEntries.SingleAsync(e => e.Id == ids[1]);

        var verification = await VerifyAsync(portal);

        Assert.Equal(ring.Current.Id, entry.KeyId);
        Assert.Equal(entry.ComputeHash(ring.Current), entry.Hash);
        Assert.NotEqual(entry.ComputeHash(null), entry.Hash);
        Assert.True(verification.IsIntact);
        var range = Assert.Single(verification.Ranges);
        Assert.Equal((ring.Current.Id, ids[^1], verification.EntriesChecked), (range.KeyId, range.LastEntryId, range.Entries));
        var file = Path.Combine(dataDirectory, "secrets", AuditKeyFile.FileName);
        Assert.Equal(ring.Current.Id, JsonSerializer.Deserialize<AuditKeyFile>(File.ReadAllBytes(file))!.CurrentKeyId);
        await portal.WaitForConsoleAsync(file);
    }

    [Fact]
    public async Task AnEntryRewritten_AndRehashedWithoutTheKey_IsDetected()
    {
        await using var portal = new ConfiguredPortalFactory(dataDirectory);
        var target = (await AppendAsync(portal, 3))[1];
        var keyId = portal.Services.GetRequiredService<AuditKeyRing>().Current.Id;
        await using var db = await portal.CreateDbContextAsync();

        await RewriteAsync(db, target, "Details", "{\"i\":42}");
        await RehashAsync(db, target, null);
        var plainSha = await VerifyAsync(portal);
        await RehashAsync(db, target, new AuditKey(keyId, RandomNumberGenerator.GetBytes(32)));
        var wrongKey = await VerifyAsync(portal);
        await RewriteAsync(db, target, "KeyId", null);
        await RehashAsync(db, target, null);
        var keyRemoved = await VerifyAsync(portal);
        var stolen = new AuditKey("stolen", RandomNumberGenerator.GetBytes(32));
        await RewriteAsync(db, target, "KeyId", stolen.Id);
        await RehashAsync(db, target, stolen);
        var unknownKey = await VerifyAsync(portal);

        Assert.Equal((target, ChainBreak.ContentChanged), (plainSha.FirstBrokenEntryId, plainSha.Break));
        Assert.Equal((target, ChainBreak.ContentChanged), (wrongKey.FirstBrokenEntryId, wrongKey.Break));
        Assert.Equal((target, ChainBreak.KeyRemoved), (keyRemoved.FirstBrokenEntryId, keyRemoved.Break));
        Assert.Equal((target, ChainBreak.UnknownKey), (unknownKey.FirstBrokenEntryId, unknownKey.Break));
        Assert.Equal(target - 1, Assert.Single(unknownKey.Ranges).LastEntryId);
    }

    [Fact]
    public async Task LegacyUnkeyedEntries_StillVerify_BeforeTheKeyedOnes()
    {
        List<long> legacy;
        await using (var before = new ConfiguredPortalFactory(dataDirectory))
        {
            // A database from before keys: its chain is plain SHA-256 from the first entry, and has no key ids.
            await using var db = await before.CreateDbContextAsync();
            await db.Database.ExecuteSqlRawAsync(AuditTriggers.Drop);
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\"");
            await db.Database.ExecuteSqlRawAsync(AuditTriggers.Create);
            var previous = AuditEntry.Genesis;
            for (var i = 0; i < 3; i++)
            {
                var entry = new AuditEntry(DateTime.UtcNow, "tester", "test.legacy", "Test", i.ToString(), "{}", previous, key: null);
                db.AuditEntries.Add(entry);
                await db.SaveChangesAsync();
                previous = entry.Hash;
            }

            legacy = await db.AuditEntries.OrderBy(e => e.Id).Select(e => e.Id).ToListAsync();
        }

        await using var after = new ConfiguredPortalFactory(dataDirectory);
        var keyed = await AppendAsync(after, 2);
        var verification = await VerifyAsync(after);

        Assert.True(verification.IsIntact);
        Assert.Equal(2, verification.Ranges.Count);
        Assert.Equal(new KeyRange(null, legacy[0], legacy[^1], 3), verification.Ranges[0]);
        Assert.Equal(after.Services.GetRequiredService<AuditKeyRing>().Current.Id, verification.Ranges[1].KeyId);
        Assert.Equal(keyed[0], verification.Ranges[1].FirstEntryId);
    }

    [Fact]
    public async Task Rotation_NewEntriesUseTheNewKey_AndTheVerifierReportsBothRanges()
    {
        List<long> first;
        string firstKey;
        await using (var before = new ConfiguredPortalFactory(dataDirectory))
        {
            first = await AppendAsync(before, 2, "test.first-key");
            firstKey = before.Services.GetRequiredService<AuditKeyRing>().Current.Id;
        }

        var rotated = new Dictionary<string, string>
        {
            [AuditKeyRing.CurrentKeySetting] = "2026-12",
            [AuditKeyRing.KeysSetting + ":2026-12"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        };
        await using var after = new ConfiguredPortalFactory(dataDirectory, settings: rotated);
        var second = await AppendAsync(after, 2, "test.second-key");
        var verification = await VerifyAsync(after);

        Assert.True(verification.IsIntact);
        Assert.Equal([firstKey, "2026-12"], verification.Ranges.Select(r => r.KeyId));
        Assert.Equal(first[^1], verification.Ranges[0].LastEntryId);
        Assert.Equal((second[0], second[^1]), (verification.Ranges[1].FirstEntryId, verification.Ranges[1].LastEntryId));
    }
}
