using System.Text.RegularExpressions;

namespace MerchantPortal.Domain.Identifiers;

/// <summary>A mainland China mobile number: 11 digits, 1 then 3–9, after dropping +86 / 0086, spaces and hyphens.</summary>
public static partial class MainlandMobile
{
    public static string Normalize(string? input)
    {
        var text = IdentifierText.Normalize(input).Replace("(", "").Replace(")", "");
        foreach (var prefix in new[] { "+86", "0086" })
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return text[prefix.Length..];
            }
        }

        return text;
    }

    public static bool IsValid(string? input) => Pattern().IsMatch(Normalize(input));

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex Pattern();
}
