using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;
using MerchantPortal.Resources;

namespace MerchantPortal.Features.Settings;

/// <summary>
/// New codes are lowercase words joined by hyphens and unique (ignoring case, so "seal" and "Seal" cannot both
/// exist). The codes the portal was seeded with ("Illegible", …) predate the rule and keep their form: decisions
/// already made refer to them.
/// </summary>
public sealed partial class RejectionReasonInputValidator : AbstractValidator<RejectionReasonInput>
{
    public const int MaxTextLength = 200;

    public RejectionReasonInputValidator()
    {
        When(i => i.IsNew, () => RuleFor(i => i.Code).Cascade(CascadeMode.Stop)
            .Matches(CodeForm()).WithMessage(_ => SettingsText.ReasonCodeForm)
            .Must((i, code) => !i.TakenCodes.Contains(code, StringComparer.OrdinalIgnoreCase))
            .WithMessage((_, code) => string.Format(CultureInfo.CurrentCulture, SettingsText.ReasonCodeTaken, code)));
        Text(i => i.Zh, () => SettingsText.ReasonZh);
        Text(i => i.En, () => SettingsText.ReasonEn);
    }

    [GeneratedRegex("^[a-z0-9-]{2,40}$")]
    private static partial Regex CodeForm();

    private void Text(System.Linq.Expressions.Expression<Func<RejectionReasonInput, string>> text, Func<string> name) =>
        RuleFor(text)
            .NotEmpty().WithMessage(_ => string.Format(CultureInfo.CurrentCulture, SettingsText.TextRequired, name()))
            .MaximumLength(MaxTextLength).WithMessage(_ => string.Format(CultureInfo.CurrentCulture, SettingsText.TextTooLong, name(), MaxTextLength));
}
