using MerchantPortal.Domain.Onboarding;

namespace MerchantPortal.Domain.Review;

/// <summary>A check that fired, how much it weighs, and the evidence a reviewer (or an auditor) can follow up.</summary>
public sealed record RiskFinding(RiskCheck Check, RiskLevel Level, IReadOnlyList<RiskEvidence> Evidence);
