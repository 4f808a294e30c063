using FluentValidation;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Resources;

namespace MerchantPortal.Features.Catalogue;

/// <summary>A rule names a document and holds only known conditions. Platform codes are checked with the whole set, against the catalogue.</summary>
public sealed class RequirementRuleInputValidator : AbstractValidator<RequirementRuleInput>
{
    private static readonly Scenes KnownScenes = Enum.GetValues<Scenes>().Aggregate((a, b) => a | b);

    public RequirementRuleInputValidator()
    {
        RuleFor(i => i.Document).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => CatalogueText.DocumentRequired)
            .IsInEnum().WithMessage(_ => CatalogueText.ConditionUnknown);
        RuleForEach(i => i.SubjectTypes).IsInEnum().WithMessage(_ => CatalogueText.ConditionUnknown);
        RuleForEach(i => i.Industries).IsInEnum().WithMessage(_ => CatalogueText.ConditionUnknown);
        RuleFor(i => i.AnyOfScenes).Must(s => (s & ~KnownScenes) == Scenes.None).WithMessage(_ => CatalogueText.ConditionUnknown);
    }
}
