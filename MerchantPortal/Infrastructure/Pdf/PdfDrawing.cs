using PdfSharp.Drawing;

namespace MerchantPortal.Infrastructure.Pdf;

/// <summary>Every string reaches the page through here, made printable in the report font first (see <see cref="PdfFonts.Printable"/>).</summary>
public static class PdfDrawing
{
    public static void DrawText(this XGraphics graphics, string text, XFont font, XBrush brush, XPoint point, XStringFormat format) =>
        graphics.DrawString(PdfFonts.Printable(text), font, brush, point, format);

    public static double TextWidth(this XGraphics graphics, string text, XFont font) => graphics.MeasureString(PdfFonts.Printable(text), font).Width;
}
