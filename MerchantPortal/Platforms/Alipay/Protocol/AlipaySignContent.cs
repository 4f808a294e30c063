using System.Text;

namespace MerchantPortal.Platforms.Alipay.Protocol;

/// <summary>
/// The strings Alipay's RSA2 signatures are computed over: parameters sorted by name in ASCII order, empty
/// values left out, joined as <c>name=value&amp;…</c> with the values as they are (not URL-encoded).
/// </summary>
public static class AlipaySignContent
{
    /// <summary>A request's: every parameter but <c>sign</c> (<c>sign_type</c> included).</summary>
    public static string ForRequest(IEnumerable<KeyValuePair<string, string?>> parameters) => Join(parameters, "sign");

    /// <summary>
    /// A notification's. Trade notifications are signed without <c>sign_type</c>; some others (the service
    /// market's) keep it in — a verifier tries the first and then the second.
    /// </summary>
    public static string ForNotification(IEnumerable<KeyValuePair<string, string?>> parameters, bool keepSignType) =>
        keepSignType ? Join(parameters, "sign") : Join(parameters, "sign", "sign_type");

    private static string Join(IEnumerable<KeyValuePair<string, string?>> parameters, params string[] excluded)
    {
        var content = new StringBuilder();
        foreach (var (name, value) in parameters.Where(p => !string.IsNullOrEmpty(p.Value) && !excluded.Contains(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            content.Append(content.Length == 0 ? "" : "&").Append(name).Append('=').Append(value);
        }

        return content.ToString();
    }
}
