using PdfSharp.Drawing;

namespace MerchantPortal.Infrastructure.Pdf;

/// <summary>One row of wrapped cells, shared by tables and key–value blocks.</summary>
internal sealed class PdfCells
{
    public const double Padding = 3;

    private readonly IReadOnlyList<string>[] lines;
    private readonly double lineHeight;

    public PdfCells(PdfReport report, IReadOnlyList<string> texts, IReadOnlyList<double> widths, XFont font)
    {
        lineHeight = font.GetHeight();
        // A row never outgrows a page: what would not fit is cut with an ellipsis.
        var maxLines = Math.Max(1, (int)((report.Bottom - report.Top - (4 * lineHeight)) / lineHeight));
        lines = [.. widths.Select((width, i) => Limit(TextWrapper.Wrap(
            i < texts.Count ? texts[i] : "", width - (2 * Padding), s => report.Graphics.TextWidth(s, font)), maxLines))];
        Height = (lines.Max(cell => cell.Count) * lineHeight) + (2 * Padding);
    }

    public double Height { get; }

    public void Draw(PdfReport report, IReadOnlyList<double> widths, IReadOnlyList<bool> alignRight, XFont font, Func<int, XBrush> brush)
    {
        var x = report.Left;
        for (var i = 0; i < widths.Count; i++)
        {
            var y = report.Y + Padding;
            foreach (var line in lines[i])
            {
                var right = i < alignRight.Count && alignRight[i];
                report.Graphics.DrawText(line, font, brush(i),
                    new XPoint(right ? x + widths[i] - Padding : x + Padding, y), right ? XStringFormats.TopRight : XStringFormats.TopLeft);
                y += lineHeight;
            }

            x += widths[i];
        }
    }

    private static IReadOnlyList<string> Limit(IReadOnlyList<string> cell, int maxLines) =>
        cell.Count <= maxLines ? cell : [.. cell.Take(maxLines - 1), cell[maxLines - 1] + "…"];
}
