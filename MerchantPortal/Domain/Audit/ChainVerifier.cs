namespace MerchantPortal.Domain.Audit;

/// <summary>
/// Checks entries one at a time, in chain order, with the keys it is given: each must link to the one before it,
/// carry the hash its key (or, before keys, plain SHA-256) gives, and once a keyed entry has been seen every later
/// one must be keyed too.
/// </summary>
public sealed class ChainVerifier(IReadOnlyDictionary<string, AuditKey> keys)
{
    private readonly List<KeyRange> ranges = [];
    private string previousHash = AuditEntry.Genesis;
    private bool keyedSeen;
    private long checkedEntries;

    /// <summary>Checks the next entry; null when it fits, otherwise why it does not (and the walk should stop).</summary>
    public ChainBreak? Check(AuditEntry entry)
    {
        checkedEntries++;
        if (entry.PreviousHash != previousHash)
        {
            return ChainBreak.LinkBroken;
        }

        AuditKey? key = null;
        if (entry.KeyId is { } keyId && !keys.TryGetValue(keyId, out key))
        {
            return ChainBreak.UnknownKey;
        }

        if (key is null && keyedSeen)
        {
            return ChainBreak.KeyRemoved;
        }

        if (entry.ComputeHash(key) != entry.Hash)
        {
            return ChainBreak.ContentChanged;
        }

        keyedSeen |= key is not null;
        previousHash = entry.Hash;
        Extend(entry);
        return null;
    }

    public ChainVerification Result(long? brokenEntryId = null, ChainBreak? reason = null) =>
        new(checkedEntries, brokenEntryId, reason, [.. ranges]);

    private void Extend(AuditEntry entry)
    {
        if (ranges is [.., var last] && last.KeyId == entry.KeyId)
        {
            ranges[^1] = last with { LastEntryId = entry.Id, Entries = last.Entries + 1 };
        }
        else
        {
            ranges.Add(new KeyRange(entry.KeyId, entry.Id, entry.Id, 1));
        }
    }
}
