using System.Globalization;

namespace MerchantPortal.Platforms.Alipay.Protocol;

/// <summary>Alipay's timestamps: <c>yyyy-MM-dd HH:mm:ss</c> in GMT+8 (China keeps no daylight saving, so the offset is fixed).</summary>
public static class AlipayTime
{
    public const string Pattern = "yyyy-MM-dd HH:mm:ss";

    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static string Format(DateTime utc) => (utc + Offset).ToString(Pattern, CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out DateTime utc)
    {
        // The first eight hours of year 1 have no UTC instant; no real request carries them.
        var ok = DateTime.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) && local >= DateTime.MinValue + Offset;
        utc = ok ? DateTime.SpecifyKind(local - Offset, DateTimeKind.Utc) : default;
        return ok;
    }
}
