using MerchantPortal.Domain.Onboarding;

namespace MerchantPortal.Domain.Requirements;

/// <summary>What the rules look at, taken from the wizard's saved steps; null where a step is not saved yet.</summary>
public sealed record RequirementFacts(
    SubjectType? SubjectType,
    Industry? Industry,
    IReadOnlyList<string> PlatformCodes,
    Scenes Scenes,
    SettlementAccountType? AccountType,
    bool ContactIsLegalRepresentative);
