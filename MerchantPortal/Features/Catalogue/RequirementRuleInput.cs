using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Requirements;

namespace MerchantPortal.Features.Catalogue;

/// <summary>One requirement rule as the rules editor holds it: the document and the conditions under which it is due.</summary>
public sealed class RequirementRuleInput
{
    /// <summary>Null until the admin picks one; a rule without a document is refused.</summary>
    public DocumentKind? Document { get; set; }

    public List<string> PlatformCodes { get; set; } = [];

    public List<SubjectType> SubjectTypes { get; set; } = [];

    public List<Industry> Industries { get; set; } = [];

    public Scenes AnyOfScenes { get; set; }

    public bool CorporateAccountOnly { get; set; }

    public bool ContactNotLegalRepresentativeOnly { get; set; }

    public static RequirementRuleInput From(RequirementRule rule) => new()
    {
        Document = rule.Document,
        PlatformCodes = [.. rule.PlatformCodes],
        SubjectTypes = [.. rule.SubjectTypes],
        Industries = [.. rule.Industries],
        AnyOfScenes = rule.AnyOfScenes,
        CorporateAccountOnly = rule.CorporateAccountOnly,
        ContactNotLegalRepresentativeOnly = rule.ContactNotLegalRepresentativeOnly,
    };

    /// <summary>An independent copy, so the editor's dialog can be cancelled without touching the list.</summary>
    public RequirementRuleInput Copy() => From(ToRule());

    public RequirementRule ToRule() => new(Document!.Value, SubjectTypes.Distinct().Order(), Industries.Distinct().Order(),
        PlatformCodes.Distinct().Order(StringComparer.Ordinal), AnyOfScenes, CorporateAccountOnly, ContactNotLegalRepresentativeOnly);
}
