using System.Globalization;
using FluentValidation;
using MerchantPortal.Domain;
using MerchantPortal.Resources;

namespace MerchantPortal.Infrastructure.Localization;

/// <summary>Turns a refused operation into a sentence in the reader's language.</summary>
public static class ErrorMessages
{
    public static string For(Exception exception) => exception switch
    {
        DomainException domain => string.Format(
            CultureInfo.CurrentCulture,
            ErrorText.ResourceManager.GetString(domain.Code, CultureInfo.CurrentUICulture) ?? domain.Code,
            [.. domain.Args.Select(Localize)]),
        ValidationException validation => string.Join(" ", validation.Errors.Select(e => e.ErrorMessage)),
        _ => ErrorText.Unexpected,
    };

    // Enum arguments (states, triggers) and guard names are shown in the reader's words, not as identifiers.
    private static object Localize(object arg) => arg switch
    {
        Enum value => EnumText.Of(value),
        string name when WorkflowText.ResourceManager.GetString($"Guard_{name}", CultureInfo.CurrentUICulture) is { } guard => guard,
        _ => arg,
    };
}
