using PdfSharp.Drawing;

namespace MerchantPortal.Infrastructure.Pdf;

/// <summary>Single-line text that must fit a width (a header title, a chart label) is shortened with an ellipsis.</summary>
public static class PdfTextFitting
{
    public static string Fit(XGraphics graphics, string text, XFont font, double width)
    {
        if (graphics.TextWidth(text, font) <= width)
        {
            return text;
        }

        var length = text.Length;
        while (length > 0 && graphics.TextWidth(string.Concat(text.AsSpan(0, length), "…"), font) > width)
        {
            length -= length > 1 && char.IsLowSurrogate(text[length - 1]) ? 2 : 1;
        }

        return string.Concat(text.AsSpan(0, length), "…");
    }
}
