using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MerchantPortal.Domain.Audit;

/// <summary>
/// One append-only audit record. Its <see cref="Hash"/> covers its own fields and the previous entry's hash,
/// so changing, removing or reordering any entry breaks every link after it. Details never hold secrets or
/// full ID numbers.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    public AuditEntry(DateTime atUtc, string? actorUserId, string action, string subjectType, string subjectId, string details, string previousHash)
    {
        AtUtc = atUtc;
        ActorUserId = actorUserId;
        Action = action;
        SubjectType = subjectType;
        SubjectId = subjectId;
        Details = details;
        PreviousHash = previousHash;
        Hash = ComputeHash();
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

    /// <summary>SHA-256 over the entry's canonical form: each field length-prefixed, so no two entries share one.</summary>
    public string ComputeHash()
    {
        var canonical = new StringBuilder();
        foreach (var field in new[] { PreviousHash, AtUtc.ToString("O", CultureInfo.InvariantCulture), ActorUserId ?? "", Action, SubjectType, SubjectId, Details })
        {
            canonical.Append(field.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append('|');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }
}
