namespace MerchantPortal.Domain.Requirements;

/// <summary>The one place that decides which documents are due: subject type × industry × platforms × scenes × facts.</summary>
public static class RequirementsEngine
{
    public static IReadOnlyList<DocumentKind> Due(IEnumerable<RequirementRule> rules, RequirementFacts facts) =>
        [.. rules.Where(r => r.Applies(facts)).Select(r => r.Document).Distinct().Order()];
}
