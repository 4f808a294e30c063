using System.Security.Cryptography;
using System.Text.Json;
using MerchantPortal.Domain.Documents;

namespace MerchantPortal.Domain.Review;

/// <summary>
/// A fingerprint of what an approval rested on: the round, every document version with its SHA-256, and the
/// risk findings. The checker confirms only if it is unchanged; otherwise the approval is void.
/// </summary>
public static class ApprovalEvidence
{
    public static string Of(int round, IEnumerable<ApplicationDocument> documents, IReadOnlyList<RiskFinding> findings)
    {
        var canonical = JsonSerializer.SerializeToUtf8Bytes(new
        {
            round,
            documents = documents.OrderBy(d => d.Kind).ThenBy(d => d.Version).Select(d => new { kind = d.Kind.ToString(), d.Version, d.Sha256 }),
            findings = findings.OrderBy(f => f.Check),
        });
        return Convert.ToHexStringLower(SHA256.HashData(canonical));
    }
}
