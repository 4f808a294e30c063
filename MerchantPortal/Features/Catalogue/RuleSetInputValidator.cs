using System.Globalization;
using FluentValidation;
using MerchantPortal.Infrastructure.Localization;
using MerchantPortal.Resources;

namespace MerchantPortal.Features.Catalogue;

/// <summary>
/// A set has at least one rule and no two alike (the same document under the same conditions), every rule is valid,
/// and every platform it names is in the catalogue.
/// </summary>
public sealed class RuleSetInputValidator : AbstractValidator<RuleSetInput>
{
    // Far above the dozen or two a real catalogue has; a bound keeps a published version small.
    public const int MaxRules = 300;

    public RuleSetInputValidator()
    {
        RuleFor(s => s.Rules).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => CatalogueText.RulesEmpty)
            .Must(r => r.Count <= MaxRules).WithMessage(_ => string.Format(CultureInfo.CurrentCulture, CatalogueText.RulesTooMany, MaxRules));
        RuleForEach(s => s.Rules).SetValidator(new RequirementRuleInputValidator());
        RuleForEach(s => s.Rules)
            .Must((set, rule) => rule.PlatformCodes.All(set.KnownPlatformCodes.Contains))
            .WithMessage((set, rule) => string.Format(CultureInfo.CurrentCulture, CatalogueText.PlatformUnknown,
                string.Join(", ", rule.PlatformCodes.Where(c => !set.KnownPlatformCodes.Contains(c)))));
        RuleFor(s => s.Rules)
            .Must(rules => FirstRepeated(rules) is null)
            .WithMessage((_, rules) => string.Format(CultureInfo.CurrentCulture, CatalogueText.RuleRepeated, EnumText.Of(FirstRepeated(rules)!.Document!.Value)))
            .When(s => s.Rules.All(r => r.Document is not null));
    }

    private static RequirementRuleInput? FirstRepeated(IEnumerable<RequirementRuleInput> rules) =>
        rules.GroupBy(r => r.ToRule().Signature()).FirstOrDefault(g => g.Count() > 1)?.First();
}
