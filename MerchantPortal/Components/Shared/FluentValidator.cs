using FluentValidation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace MerchantPortal.Components.Shared;

/// <summary>
/// Validates an <see cref="EditForm"/>'s model with its FluentValidation validator. It works in
/// static rendering too, so the account pages use the same validation library as the rest of the portal.
/// </summary>
public sealed class FluentValidator<TModel> : ComponentBase, IDisposable
{
    private ValidationMessageStore? store;

    [CascadingParameter]
    private EditContext EditContext { get; set; } = default!;

    [Inject]
    private IValidator<TModel> Validator { get; set; } = default!;

    protected override void OnInitialized()
    {
        store = new ValidationMessageStore(EditContext);
        EditContext.OnValidationRequested += ValidateModel;
    }

    public void Dispose() => EditContext.OnValidationRequested -= ValidateModel;

    private void ValidateModel(object? sender, ValidationRequestedEventArgs e)
    {
        store!.Clear();
        foreach (var error in Validator.Validate((TModel)EditContext.Model).Errors)
        {
            store.Add(EditContext.Field(error.PropertyName), error.ErrorMessage);
        }

        EditContext.NotifyValidationStateChanged();
    }
}
