using System.Globalization;
using System.Text;
using QRCoder;

namespace MerchantPortal.Components.Account;

/// <summary>The otpauth:// URI an authenticator app scans, drawn as an inline SVG QR code.</summary>
internal static class AuthenticatorQr
{
    private const string Issuer = "MerchantPortal";

    public static string Uri(string email, string key) => string.Format(
        CultureInfo.InvariantCulture,
        "otpauth://totp/{0}:{1}?secret={2}&issuer={0}&digits=6",
        System.Uri.EscapeDataString(Issuer),
        System.Uri.EscapeDataString(email),
        key);

    public static string Svg(string email, string key)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(Uri(email, key), QRCodeGenerator.ECCLevel.Q);
        return new SvgQRCode(data).GetGraphic(4);
    }

    /// <summary>Groups of four, lower case: easier to type into an app by hand.</summary>
    public static string FormatKey(string key)
    {
        var result = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            result.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return result.ToString().TrimEnd().ToLowerInvariant();
    }
}
