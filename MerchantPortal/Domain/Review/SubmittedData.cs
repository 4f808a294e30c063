using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Requirements;

namespace MerchantPortal.Domain.Review;

/// <summary>
/// The application as it was at one submission: what the reviewer compares the next round against.
/// Step 4 is kept as the same encrypted blob the profile holds; only masked values are ever shown.
/// </summary>
public sealed record SubmittedData(
    PlatformChoice Platforms,
    EnterpriseDetails Enterprise,
    IdentitySummary Identity,
    string ProtectedIdentity,
    IReadOnlyDictionary<DocumentKind, int> DocumentVersions);
