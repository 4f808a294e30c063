using System.Globalization;

namespace MerchantPortal.Domain.Banking;

/// <summary>Reads an amount in yuan as people type it ("0.37", "¥0.37", "0.37元", "０.３７") into whole fen.</summary>
public static class YuanAmount
{
    public static bool TryParseFen(string? input, out int fen)
    {
        fen = 0;
        // Full-width digits become half-width; unlike code fields, a minus sign is kept so "-0.37" is refused.
        var text = string.Concat((input ?? "").Select(c => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c))
            .Replace("¥", "").Replace("￥", "").Replace("元", "").Replace(" ", "").Trim();
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var yuan)
            || decimal.Round(yuan, 2) != yuan || yuan is < 0 or > 1_000_000)
        {
            return false;
        }

        fen = (int)(yuan * 100);
        return true;
    }
}
