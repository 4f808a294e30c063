using System.Diagnostics.CodeAnalysis;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace MerchantPortal.Components.Account;

/// <summary>Identity's tokens travel Base64Url-encoded in links; a mangled link is a clear failure, not a crash.</summary>
internal static class LinkCode
{
    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static bool TryDecode(string encoded, [NotNullWhen(true)] out string? token)
    {
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(encoded));
            return true;
        }
        catch (FormatException)
        {
            token = null;
            return false;
        }
    }
}
