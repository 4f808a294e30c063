using MerchantPortal.Domain.Onboarding;

namespace MerchantPortal.Domain.Review;

/// <summary>
/// What the risk checks look at, gathered by the caller at submission: the application's own step 2 and 4
/// data, and what the database says about other organizations (names or codes only, never their ID numbers).
/// </summary>
public sealed record RiskFacts(
    IdentityDetails Identity,
    DateOnly? LicenseValidTo,
    DateOnly Today,
    IReadOnlyList<string> CreditCodeClosedElsewhere,
    IReadOnlyList<string> DocumentsUsedElsewhere,
    IReadOnlyList<string> ContactMobileSharedWith);
