using MerchantPortal.Domain.Onboarding;

namespace MerchantPortal.Domain.Requirements;

/// <summary>
/// One row of the requirements rules ("enter once, fan out to every wallet"): the document is due when every
/// condition given holds. An empty list or <see cref="Scenes.None"/> means "any". Rules are data, versioned:
/// a new version replaces the whole set, so a submitted application keeps the set it was checked against.
/// </summary>
public sealed class RequirementRule
{
    private RequirementRule()
    {
    }

    public RequirementRule(DocumentKind document, IEnumerable<SubjectType>? subjectTypes = null, IEnumerable<Industry>? industries = null,
        IEnumerable<string>? platformCodes = null, Scenes anyOfScenes = Scenes.None, bool corporateAccountOnly = false, bool contactNotLegalRepresentativeOnly = false)
    {
        Id = Guid.NewGuid();
        Document = document;
        SubjectTypes = [.. subjectTypes ?? []];
        Industries = [.. industries ?? []];
        PlatformCodes = [.. platformCodes ?? []];
        AnyOfScenes = anyOfScenes;
        CorporateAccountOnly = corporateAccountOnly;
        ContactNotLegalRepresentativeOnly = contactNotLegalRepresentativeOnly;
    }

    public Guid Id { get; private set; }

    public int Version { get; private set; }

    public DocumentKind Document { get; private set; }

    public List<SubjectType> SubjectTypes { get; private set; } = [];

    public List<Industry> Industries { get; private set; } = [];

    public List<string> PlatformCodes { get; private set; } = [];

    public Scenes AnyOfScenes { get; private set; }

    public bool CorporateAccountOnly { get; private set; }

    public bool ContactNotLegalRepresentativeOnly { get; private set; }

    public RequirementRule InVersion(int version)
    {
        var copy = (RequirementRule)MemberwiseClone();
        copy.Id = Guid.NewGuid();
        copy.Version = version;
        copy.SubjectTypes = [.. SubjectTypes];
        copy.Industries = [.. Industries];
        copy.PlatformCodes = [.. PlatformCodes];
        return copy;
    }

    /// <summary>
    /// The rule's document and conditions in one canonical line (lists in order, "*" for any): two rules with the same
    /// signature ask for the same thing, whatever their ids and versions. The audit trail records rules by it.
    /// </summary>
    public string Signature() => string.Join("; ",
        Document.ToString(),
        $"platforms={Any(PlatformCodes.Order(StringComparer.Ordinal))}",
        $"subjects={Any(SubjectTypes.Order().Select(s => s.ToString()))}",
        $"industries={Any(Industries.Order().Select(i => i.ToString()))}",
        $"scenes={(AnyOfScenes == Scenes.None ? "*" : AnyOfScenes.ToString().Replace(" ", "", StringComparison.Ordinal))}",
        $"corporateAccountOnly={CorporateAccountOnly}",
        $"contactNotLegalRepresentativeOnly={ContactNotLegalRepresentativeOnly}");

    public bool Applies(RequirementFacts facts) =>
        (SubjectTypes.Count == 0 || (facts.SubjectType is { } subject && SubjectTypes.Contains(subject)))
        && (Industries.Count == 0 || (facts.Industry is { } industry && Industries.Contains(industry)))
        && (PlatformCodes.Count == 0 || PlatformCodes.Intersect(facts.PlatformCodes).Any())
        && (AnyOfScenes == Scenes.None || (AnyOfScenes & facts.Scenes) != Scenes.None)
        && (!CorporateAccountOnly || facts.AccountType == SettlementAccountType.Corporate)
        && (!ContactNotLegalRepresentativeOnly || !facts.ContactIsLegalRepresentative);

    private static string Any(IEnumerable<string> values) => string.Join(",", values) is { Length: > 0 } listed ? listed : "*";
}
