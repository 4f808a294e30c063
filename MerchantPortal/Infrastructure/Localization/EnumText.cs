using System.Globalization;
using MerchantPortal.Resources;

namespace MerchantPortal.Infrastructure.Localization;

/// <summary>The reader's word for a state, trigger or guard: resource keys are <c>{EnumType}_{Value}</c> and <c>Guard_{Name}</c>.</summary>
public static class EnumText
{
    public static string Of(Enum value) =>
        WorkflowText.ResourceManager.GetString($"{value.GetType().Name}_{value}", CultureInfo.CurrentUICulture) ?? value.ToString();

    public static string Guard(string name) =>
        WorkflowText.ResourceManager.GetString($"Guard_{name}", CultureInfo.CurrentUICulture) ?? name;
}
