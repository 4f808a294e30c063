using MerchantPortal.Domain.Onboarding;

namespace MerchantPortal.Domain.Review;

/// <summary>
/// What the risk checks look at, gathered by the caller: the application's own step 2 and 4 data, and what
/// the database says about other organizations (their names, states and document kinds; never their ID numbers).
/// </summary>
public sealed record RiskFacts(
    IdentityDetails Identity,
    DateOnly? LicenseValidTo,
    DateOnly Today,
    IReadOnlyList<RiskEvidence> CreditCodeClosedElsewhere,
    IReadOnlyList<RiskEvidence> DocumentsUsedElsewhere,
    IReadOnlyList<RiskEvidence> ContactMobileSharedWith);
