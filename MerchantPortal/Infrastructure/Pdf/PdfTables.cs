using PdfSharp.Drawing;

namespace MerchantPortal.Infrastructure.Pdf;

/// <summary>Tables whose header row is repeated at the top of each page they continue on, and key–value blocks.</summary>
public static class PdfTables
{
    private const double LabelShare = 0.3;

    public static void Table(this PdfReport report, IReadOnlyList<PdfColumn> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        var total = columns.Sum(c => c.Weight);
        double[] widths = [.. columns.Select(c => report.Width * c.Weight / total)];
        bool[] alignRight = [.. columns.Select(c => c.AlignRight)];
        var header = new PdfCells(report, [.. columns.Select(c => c.Header)], widths, report.Fonts.Strong);
        // The header is never left alone at the foot of a page.
        report.EnsureSpace(header.Height + report.Fonts.Body.GetHeight() + (2 * PdfCells.Padding));
        DrawHeader(report, header, widths, alignRight);
        foreach (var row in rows)
        {
            var cells = new PdfCells(report, row, widths, report.Fonts.Body);
            if (report.EnsureSpace(cells.Height))
            {
                DrawHeader(report, header, widths, alignRight);
            }

            cells.Draw(report, widths, alignRight, report.Fonts.Body, _ => PdfPalette.Ink);
            report.Advance(cells.Height);
            report.Graphics.DrawLine(PdfPalette.Rule, report.Left, report.Y, report.Left + report.Width, report.Y);
        }

        report.Advance(report.Fonts.Body.GetHeight());
    }

    /// <summary>Labels on the left, values on the right, one pair per row.</summary>
    public static void KeyValues(this PdfReport report, IEnumerable<KeyValuePair<string, string>> pairs)
    {
        double[] widths = [report.Width * LabelShare, report.Width * (1 - LabelShare)];
        foreach (var (label, value) in pairs)
        {
            var cells = new PdfCells(report, [label, value], widths, report.Fonts.Body);
            report.EnsureSpace(cells.Height);
            cells.Draw(report, widths, [], report.Fonts.Body, column => column == 0 ? PdfPalette.Muted : PdfPalette.Ink);
            report.Advance(cells.Height);
        }

        report.Advance(report.Fonts.Body.GetHeight() / 2);
    }

    private static void DrawHeader(PdfReport report, PdfCells header, double[] widths, bool[] alignRight)
    {
        report.Graphics.DrawRectangle(PdfPalette.HeaderFill, report.Left, report.Y, report.Width, header.Height);
        header.Draw(report, widths, alignRight, report.Fonts.Strong, _ => PdfPalette.Ink);
        report.Advance(header.Height);
        report.Graphics.DrawLine(PdfPalette.Axis, report.Left, report.Y, report.Left + report.Width, report.Y);
    }
}
