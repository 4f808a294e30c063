using System.Globalization;

namespace MerchantPortal.Infrastructure.Localization;

public static class PortalCultures
{
    public const string Default = "zh-CN";
    public const string English = "en";

    public static readonly IReadOnlyList<string> Supported = [Default, English];

    public static bool IsSupported(string? culture) =>
        culture is not null && Supported.Contains(culture, StringComparer.OrdinalIgnoreCase);

    public static string Normalize(string? culture) =>
        Supported.FirstOrDefault(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase)) ?? Default;

    /// <summary>Runs <paramref name="action"/> with the UI culture of someone else, such as an email's recipient.</summary>
    public static T With<T>(string culture, Func<T> action)
    {
        var (ui, format) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(Normalize(culture));
            return action();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, format);
        }
    }
}
