using System.Globalization;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Platforms;
using MerchantPortal.Infrastructure.Localization;
using MerchantPortal.Resources;

namespace MerchantPortal.Features.Catalogue;

/// <summary>A rule's conditions in the reader's words, for the rules table: an empty condition reads "any".</summary>
public static class RuleText
{
    public static string Platforms(RequirementRuleInput rule, IReadOnlyList<PaymentPlatform> catalogue) =>
        List(rule.PlatformCodes.Select(code => catalogue.FirstOrDefault(p => p.Code == code)?.Name.For(CultureInfo.CurrentUICulture.Name) ?? code));

    public static string SubjectTypes(RequirementRuleInput rule) => List(rule.SubjectTypes.Order().Select(s => EnumText.Of(s)));

    public static string Industries(RequirementRuleInput rule) => List(rule.Industries.Order().Select(i => EnumText.Of(i)));

    /// <summary>The scenes and the two facts the rule asks for.</summary>
    public static string Others(RequirementRuleInput rule)
    {
        IEnumerable<string> parts =
        [
            .. Enum.GetValues<Scenes>().Where(s => s != Scenes.None && rule.AnyOfScenes.HasFlag(s)).Select(s => EnumText.Of(s)),
            .. rule.CorporateAccountOnly ? [CatalogueText.CorporateAccountOnly] : Array.Empty<string>(),
            .. rule.ContactNotLegalRepresentativeOnly ? [CatalogueText.ContactNotLegalRepresentativeOnly] : Array.Empty<string>(),
        ];
        return List(parts);
    }

    private static string List(IEnumerable<string> items) => string.Join(CatalogueText.ListSeparator, items) is { Length: > 0 } listed ? listed : CatalogueText.AnyValue;
}
