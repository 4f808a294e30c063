using System.Globalization;
using MerchantPortal.Resources;
using PdfSharp.Drawing;

namespace MerchantPortal.Infrastructure.Pdf;

/// <summary>Each page's header (title, note, a rule) and footer ("page N of M" in the reader's language).</summary>
internal sealed class PdfPageFrame(string title, string note, PdfTypography fonts)
{
    public void Draw(XGraphics graphics, XRect area, int pageNumber, int pageCount)
    {
        var noteWidth = graphics.TextWidth(note, fonts.Small);
        var titleText = PdfTextFitting.Fit(graphics, title, fonts.Strong, area.Width - noteWidth - 12);
        graphics.DrawText(titleText, fonts.Strong, PdfPalette.Accent, area.TopLeft, XStringFormats.TopLeft);
        graphics.DrawText(note, fonts.Small, PdfPalette.Muted, new XPoint(area.Right, area.Top + 1.5), XStringFormats.TopRight);
        var ruleY = area.Top + fonts.Strong.GetHeight() + 4;
        graphics.DrawLine(PdfPalette.HeaderRule, area.Left, ruleY, area.Right, ruleY);

        var footer = string.Format(CultureInfo.CurrentCulture, PdfText.PageOfPages, pageNumber, pageCount);
        var footerY = area.Bottom - fonts.Small.GetHeight();
        graphics.DrawLine(PdfPalette.Rule, area.Left, footerY - 4, area.Right, footerY - 4);
        graphics.DrawText(footer, fonts.Small, PdfPalette.Muted, new XPoint(area.Center.X, footerY), XStringFormats.TopCenter);
    }
}
