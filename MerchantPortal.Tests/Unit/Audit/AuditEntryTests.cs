using MerchantPortal.Domain.Audit;

namespace MerchantPortal.Tests.Unit.Audit;

public class AuditEntryTests
{
    private static readonly DateTime At = new(2026, 11, 25, 8, 0, 0, DateTimeKind.Utc);

    private static AuditEntry Entry(string details = "{}", string previous = AuditEntry.Genesis, string action = "review.claim") =>
        new(At, "reviewer", action, "Application", "a1", details, previous);

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
            new AuditEntry(At, "ab", "c", "Application", "a1", "{}", AuditEntry.Genesis).Hash,
            new AuditEntry(At, "a", "bc", "Application", "a1", "{}", AuditEntry.Genesis).Hash);
}
