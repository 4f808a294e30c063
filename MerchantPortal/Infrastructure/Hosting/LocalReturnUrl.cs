using System.Text;

namespace MerchantPortal.Infrastructure.Hosting;

/// <summary>
/// Turns a ReturnUrl or any other redirect target from a request into a path on this site, or home when it is not one.
/// Never throws: a crafted target (absolute URL, <c>//host</c>, <c>/\host</c>, control characters) sends the user home
/// instead of answering 500, and no target leaves the site.
/// </summary>
public static class LocalReturnUrl
{
    public const string Home = "/";

    /// <param name="target">What the request or the page asked for: <c>/cases/1?tab=2</c>, <c>Account/Login</c>
    /// (relative to the base href "/"), or an absolute address of this site when <paramref name="baseUri"/> is given.</param>
    /// <param name="baseUri">The site's own base address (NavigationManager.BaseUri); addresses under it become paths.</param>
    public static string ToLocalPath(string? target, string? baseUri = null)
    {
        if (string.IsNullOrEmpty(target))
        {
            return Home;
        }

        if (baseUri is { Length: > 0 } && target.StartsWith(baseUri, StringComparison.OrdinalIgnoreCase))
        {
            target = target[baseUri.Length..];
        }
        else if (HasScheme(target))
        {
            return Home;
        }

        var path = target.StartsWith('/') ? target : "/" + target;
        return IsLocalPath(path) ? EscapeNonAscii(path) : Home;
    }

    /// <summary>
    /// The rule of ASP.NET Core's IsLocalUrl: one slash, not followed by another slash or a backslash (browsers read
    /// <c>/\host</c> as <c>//host</c>), and no control characters (browsers drop tabs and line breaks, so
    /// <c>/\t/host</c> would become <c>//host</c> too).
    /// </summary>
    public static bool IsLocalPath(string path) =>
        path.StartsWith('/')
        && (path.Length == 1 || (path[1] != '/' && path[1] != '\\'))
        && !path.Any(char.IsControl);

    // "javascript:…", "https:…", "mailto:…": a colon before the first slash, query or fragment starts a scheme.
    private static bool HasScheme(string target)
    {
        var end = target.IndexOfAny(['/', '\\', '?', '#']);
        return target.AsSpan(0, end < 0 ? target.Length : end).Contains(':');
    }

    // A Location header carries ASCII only: Kestrel refuses anything else (a 500), so non-ASCII is percent-encoded.
    private static string EscapeNonAscii(string path)
    {
        if (path.All(char.IsAscii))
        {
            return path;
        }

        var escaped = new StringBuilder(path.Length * 2);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in path.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                escaped.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(utf8);
            foreach (var b in utf8[..length])
            {
                escaped.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return escaped.ToString();
    }
}
