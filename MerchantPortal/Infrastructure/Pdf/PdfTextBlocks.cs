using PdfSharp.Drawing;

namespace MerchantPortal.Infrastructure.Pdf;

/// <summary>Headings and wrapped paragraphs.</summary>
public static class PdfTextBlocks
{
    private const double HeadingGap = 6;

    public static void Title(this PdfReport report, string text) => report.HeadingOf(text, report.Fonts.Title, PdfPalette.Ink);

    public static void Heading(this PdfReport report, string text) => report.HeadingOf(text, report.Fonts.Heading, PdfPalette.Accent);

    public static void Subheading(this PdfReport report, string text) => report.HeadingOf(text, report.Fonts.Subheading, PdfPalette.Ink);

    public static void Paragraph(this PdfReport report, string text) => report.Paragraph(text, report.Fonts.Body, PdfPalette.Ink);

    public static void Note(this PdfReport report, string text) => report.Paragraph(text, report.Fonts.Small, PdfPalette.Muted);

    /// <summary>Wrapped text over the full width, continued on the next page where the page ends.</summary>
    public static void Paragraph(this PdfReport report, string text, XFont font, XBrush brush)
    {
        var lineHeight = font.GetHeight();
        foreach (var line in TextWrapper.Wrap(text, report.Width, s => report.Graphics.TextWidth(s, font)))
        {
            report.EnsureSpace(lineHeight);
            report.Graphics.DrawText(line, font, brush, new XPoint(report.Left, report.Y), XStringFormats.TopLeft);
            report.Advance(lineHeight);
        }

        report.Advance(lineHeight / 2);
    }

    public static void Spacer(this PdfReport report, double height) => report.Advance(height);

    private static void HeadingOf(this PdfReport report, string text, XFont font, XBrush brush)
    {
        // A heading never ends a page: keep room for it and a few lines of what follows (a table's header and first row).
        var lineHeight = font.GetHeight();
        var lines = TextWrapper.Wrap(text, report.Width, s => report.Graphics.TextWidth(s, font));
        report.Advance(HeadingGap);
        report.EnsureSpace((lines.Count * lineHeight) + (4 * report.Fonts.Body.GetHeight()));
        foreach (var line in lines)
        {
            report.Graphics.DrawText(line, font, brush, new XPoint(report.Left, report.Y), XStringFormats.TopLeft);
            report.Advance(lineHeight);
        }

        report.Advance(HeadingGap / 2);
    }
}
