using System.Globalization;
using MerchantPortal.Resources;

namespace MerchantPortal.Features.Settings;

/// <summary>The validators' messages name their field, so they still read right when the server's refusal is shown as one line.</summary>
public static class SettingsMessages
{
    public static string Between(string field, int min, int max) =>
        string.Format(CultureInfo.CurrentCulture, SettingsText.Between, field, min, max);
}
