using System.Security.Cryptography;
using System.Text;
using MerchantPortal.Domain.Audit;

namespace MerchantPortal.Tests.Unit.Audit;

public class AuditEntryTests
{
    private static readonly DateTime At = new(2026, 11, 25, 8, 0, 0, DateTimeKind.Utc);

    private static readonly AuditKey Key = new("2026-12", RandomNumberGenerator.GetBytes(32));

    private static AuditEntry Entry(string details = "{}", string previous = AuditEntry.Genesis, string action = "review.claim", AuditKey? key = null) =>
        new(At, "reviewer", action, "Application", "a1", details, previous, key ?? Key);

    [Fact]
    public void Hash_IsStable_AndCoversEveryFieldAndThePreviousLink()
    {
        var hash = Entry().Hash;

        Assert.Equal(hash, Entry().Hash);
        Assert.Equal(64, hash.Length);
        Assert.NotEqual(hash, Entry(details: "{\"x\":1}").Hash);
        Assert.NotEqual(hash, Entry(action: "review.release").Hash);
        Assert.NotEqual(hash, Entry(previous: new string('1', 64)).Hash);
    }

    [Fact]
    public void FieldBoundaries_CannotBeShiftedToForgeTheSameHash() =>
        Assert.NotEqual(
            new AuditEntry(At, "ab", "c", "Application", "a1", "{}", AuditEntry.Genesis, Key).Hash,
            new AuditEntry(At, "a", "bc", "Application", "a1", "{}", AuditEntry.Genesis, Key).Hash);

    [Fact]
    public void KeyedHash_IsAnHmac_ThatNeitherPlainShaNorAnotherKeyReproduces()
    {
        var entry = Entry();
        var otherKey = new AuditKey(Key.Id, RandomNumberGenerator.GetBytes(32));

        Assert.Equal(Key.Id, entry.KeyId);
        Assert.Equal(entry.Hash, entry.ComputeHash(Key));
        Assert.NotEqual(entry.Hash, entry.ComputeHash(null));
        Assert.NotEqual(entry.Hash, entry.ComputeHash(otherKey));
    }

    [Fact]
    public void UnkeyedEntry_KeepsThePlainSha256OfItsCanonicalForm()
    {
        var entry = new AuditEntry(At, "reviewer", "review.claim", "Application", "a1", "{}", AuditEntry.Genesis, key: null);
        var canonical = $"64:{AuditEntry.Genesis}|28:2026-11-25T08:00:00.0000000Z|8:reviewer|12:review.claim|11:Application|2:a1|2:{{}}|";

        Assert.Null(entry.KeyId);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))), entry.Hash);
    }

    [Theory]
    [InlineData("", 32)]
    [InlineData("has space", 32)]
    [InlineData("2026-12", 31)]
    public void AuditKey_RefusesABadIdOrAShortSecret(string id, int bytes) =>
        Assert.Throws<ArgumentException>(() => new AuditKey(id, new byte[bytes]));
}
