using PdfSharp.Drawing;

namespace MerchantPortal.Infrastructure.Pdf;

/// <summary>Key figures as a grid of tiles, a few per row.</summary>
public static class PdfKpiTiles
{
    private const double Gap = 8;
    private const double Padding = 7;

    public static void KpiTiles(this PdfReport report, IReadOnlyList<KpiTile> tiles, int perRow = 4)
    {
        var width = (report.Width - ((perRow - 1) * Gap)) / perRow;
        var labelFont = report.Fonts.Small;
        var height = (2 * Padding) + report.Fonts.Figure.GetHeight() + (2 * labelFont.GetHeight()) + 2;
        foreach (var row in tiles.Chunk(perRow))
        {
            report.EnsureSpace(height);
            for (var i = 0; i < row.Length; i++)
            {
                var x = report.Left + (i * (width + Gap));
                report.Graphics.DrawRectangle(PdfPalette.TileFill, x, report.Y, width, height);
                report.Graphics.DrawRectangle(PdfPalette.Accent, x, report.Y, 2.5, height);
                var value = PdfTextFitting.Fit(report.Graphics, row[i].Value, report.Fonts.Figure, width - (2 * Padding));
                report.Graphics.DrawText(value, report.Fonts.Figure, PdfPalette.Ink, new XPoint(x + Padding, report.Y + Padding), XStringFormats.TopLeft);
                var labelY = report.Y + Padding + report.Fonts.Figure.GetHeight() + 2;
                foreach (var line in LabelLines(report, row[i].Label, labelFont, width - (2 * Padding)))
                {
                    report.Graphics.DrawText(line, labelFont, PdfPalette.Muted, new XPoint(x + Padding, labelY), XStringFormats.TopLeft);
                    labelY += labelFont.GetHeight();
                }
            }

            report.Advance(height + Gap);
        }
    }

    /// <summary>At most two lines; a longer label ends in an ellipsis.</summary>
    private static IEnumerable<string> LabelLines(PdfReport report, string label, XFont font, double width)
    {
        var lines = TextWrapper.Wrap(label, width, s => report.Graphics.TextWidth(s, font));
        return lines.Count <= 2 ? lines : [lines[0], PdfTextFitting.Fit(report.Graphics, lines[1] + " " + lines[2], font, width)];
    }
}
