using System.Text;

namespace MerchantPortal.Domain.Identifiers;

/// <summary>
/// What people type into code fields, made comparable: full-width characters (common with Chinese input
/// methods) become half-width, letters upper-case, and spaces and hyphens go.
/// </summary>
public static class IdentifierText
{
    public static string Normalize(string? input)
    {
        var text = new StringBuilder((input ?? "").Length);
        foreach (var c in input ?? "")
        {
            var half = c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                _ => c,
            };
            if (half is not (' ' or '-' or '\t') && !char.IsWhiteSpace(half))
            {
                text.Append(char.ToUpperInvariant(half));
            }
        }

        return text.ToString();
    }
}
