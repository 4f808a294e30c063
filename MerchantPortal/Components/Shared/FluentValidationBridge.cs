using FluentValidation;

namespace MerchantPortal.Components.Shared;

/// <summary>
/// Lets a MudForm show a FluentValidation validator's messages inline, field by field, so the UI and
/// the service that validates again before changing anything use one set of rules.
/// </summary>
public static class FluentValidationBridge
{
    public static Func<object, string, Task<IEnumerable<string>>> For<T>(IValidator<T> validator) =>
        async (model, propertyName) =>
        {
            var context = ValidationContext<T>.CreateWithOptions((T)model, o => o.IncludeProperties(propertyName));
            var result = await validator.ValidateAsync(context);
            return result.IsValid ? [] : result.Errors.Select(e => e.ErrorMessage);
        };
}
