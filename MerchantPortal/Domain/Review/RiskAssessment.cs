using System.Text.Json;
using MerchantPortal.Domain.Onboarding;

namespace MerchantPortal.Domain.Review;

/// <summary>
/// One run of the risk checks, kept for good: at each submission, and again when a reviewer approves and when a
/// second person confirms, so an auditor sees what was known at every decision.
/// </summary>
public sealed class RiskAssessment
{
    private RiskAssessment()
    {
    }

    public RiskAssessment(Guid applicationId, int round, RiskOccasion occasion, IReadOnlyList<RiskFinding> findings, DateTime nowUtc)
    {
        ApplicationId = applicationId;
        Round = round;
        Occasion = occasion;
        Level = RiskChecks.LevelOf(findings);
        FindingsJson = JsonSerializer.Serialize(findings);
        AssessedAtUtc = nowUtc;
    }

    public long Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    public int Round { get; private set; }

    public RiskOccasion Occasion { get; private set; }

    public RiskLevel Level { get; private set; }

    public string FindingsJson { get; private set; } = "[]";

    public DateTime AssessedAtUtc { get; private set; }

    public IReadOnlyList<RiskFinding> Findings => JsonSerializer.Deserialize<List<RiskFinding>>(FindingsJson) ?? [];
}
