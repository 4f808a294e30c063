using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MerchantPortal.Domain.Audit;

/// <summary>
/// One append-only audit record. Its <see cref="Hash"/> covers its own fields and the previous entry's hash,
/// so changing, removing or reordering any entry breaks every link after it; it is an HMAC with the key named by
/// <see cref="KeyId"/>, held outside the database (docs/decisions/0021). Details never hold secrets or full ID numbers.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    /// <param name="key">The portal's current key; null only reproduces an entry as written before keys.</param>
    public AuditEntry(DateTime atUtc, string? actorUserId, string action, string subjectType, string subjectId, string details, string previousHash,
        AuditKey? key)
    {
        AtUtc = atUtc;
        ActorUserId = actorUserId;
        Action = action;
        SubjectType = subjectType;
        SubjectId = subjectId;
        Details = details;
        PreviousHash = previousHash;
        KeyId = key?.Id;
        Hash = ComputeHash(key);
    }

    /// <summary>The chain's first entry links to this.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public long Id { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string? ActorUserId { get; private set; }

    public string Action { get; private set; } = "";

    public string SubjectType { get; private set; } = "";

    public string SubjectId { get; private set; } = "";

    public string Details { get; private set; } = "";

    public string PreviousHash { get; private set; } = "";

    public string Hash { get; private set; } = "";

    /// <summary>The key <see cref="Hash"/> was made with; null for the plain SHA-256 entries written before keys.</summary>
    public string? KeyId { get; private set; }

    /// <summary>
    /// The hash of the entry's canonical form (each field length-prefixed, so no two entries share one; a keyed entry's
    /// form also names its key): HMAC-SHA256 with <paramref name="key"/>, or plain SHA-256 without one, as before keys.
    /// </summary>
    public string ComputeHash(AuditKey? key)
    {
        var canonical = new StringBuilder();
        string[] fields =
            [PreviousHash, AtUtc.ToString("O", CultureInfo.InvariantCulture), ActorUserId ?? "", Action, SubjectType, SubjectId, Details];
        foreach (var field in KeyId is null ? fields : [.. fields, KeyId])
        {
            canonical.Append(field.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append('|');
        }

        var bytes = Encoding.UTF8.GetBytes(canonical.ToString());
        return Convert.ToHexStringLower(key is null ? SHA256.HashData(bytes) : key.Mac(bytes));
    }
}
