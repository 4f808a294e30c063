using System.Globalization;
using System.Linq.Expressions;
using FluentValidation;
using MerchantPortal.Domain.Platforms;
using MerchantPortal.Resources;

namespace MerchantPortal.Features.Catalogue;

/// <summary>Every text in both languages, short enough for the comparison table; at least one known scenario.</summary>
public sealed class PlatformInputValidator : AbstractValidator<PlatformInput>
{
    public const int MaxNameLength = 40;
    public const int MaxTextLength = 200;

    private static readonly PlatformScenarios Known = Enum.GetValues<PlatformScenarios>().Aggregate((a, b) => a | b);

    public PlatformInputValidator()
    {
        Text(i => i.NameZh, () => CatalogueText.NameZh, MaxNameLength);
        Text(i => i.NameEn, () => CatalogueText.NameEn, MaxNameLength);
        Text(i => i.AudienceZh, () => CatalogueText.AudienceZh, MaxTextLength);
        Text(i => i.AudienceEn, () => CatalogueText.AudienceEn, MaxTextLength);
        Text(i => i.FeeRateZh, () => CatalogueText.FeeRateZh, MaxTextLength);
        Text(i => i.FeeRateEn, () => CatalogueText.FeeRateEn, MaxTextLength);
        Text(i => i.SettlementZh, () => CatalogueText.SettlementZh, MaxTextLength);
        Text(i => i.SettlementEn, () => CatalogueText.SettlementEn, MaxTextLength);
        Text(i => i.RequirementsZh, () => CatalogueText.RequirementsZh, MaxTextLength);
        Text(i => i.RequirementsEn, () => CatalogueText.RequirementsEn, MaxTextLength);
        RuleFor(i => i.Scenarios).Cascade(CascadeMode.Stop)
            .NotEqual(PlatformScenarios.None).WithMessage(_ => CatalogueText.ScenarioRequired)
            .Must(s => (s & ~Known) == PlatformScenarios.None).WithMessage(_ => CatalogueText.ConditionUnknown);
    }

    private void Text(Expression<Func<PlatformInput, string>> text, Func<string> name, int maxLength) =>
        RuleFor(text)
            .NotEmpty().WithMessage(_ => string.Format(CultureInfo.CurrentCulture, CatalogueText.TextRequired, name()))
            .Must(t => t.Trim().Length <= maxLength)
            .WithMessage(_ => string.Format(CultureInfo.CurrentCulture, CatalogueText.TextTooLong, name(), maxLength));
}
