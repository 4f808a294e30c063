using PdfSharp.Drawing;

namespace MerchantPortal.Infrastructure.Pdf;

/// <summary>A horizontal bar chart: a label column, bars scaled to the largest value, and each value beside its bar.</summary>
public static class PdfBarCharts
{
    private const double BarHeight = 11;
    private const double Gap = 5;
    private const double LabelShare = 0.3;

    public static void BarChart(this PdfReport report, IReadOnlyList<ChartBar> bars)
    {
        var graphics = report.Graphics;
        var font = report.Fonts.Small;
        var labelWidth = report.Width * LabelShare;
        var valueWidth = bars.Count == 0 ? 0 : bars.Max(bar => graphics.TextWidth(bar.ValueText, font)) + 6;
        var barArea = report.Width - labelWidth - valueWidth;
        var largest = bars.Count == 0 ? 0 : bars.Max(bar => bar.Value);
        var scale = largest > 0 ? barArea / largest : 0;
        var textOffset = (BarHeight - font.GetHeight()) / 2;
        foreach (var bar in bars)
        {
            report.EnsureSpace(BarHeight + Gap);
            graphics = report.Graphics;
            var label = PdfTextFitting.Fit(graphics, bar.Label, font, labelWidth - 6);
            graphics.DrawText(label, font, PdfPalette.Ink, new XPoint(report.Left, report.Y + textOffset), XStringFormats.TopLeft);
            var length = Math.Max(0, bar.Value) * scale;
            var barLeft = report.Left + labelWidth;
            graphics.DrawRectangle(PdfPalette.Accent, barLeft, report.Y, length, BarHeight);
            graphics.DrawText(bar.ValueText, font, PdfPalette.Muted, new XPoint(barLeft + length + 4, report.Y + textOffset), XStringFormats.TopLeft);
            report.Advance(BarHeight + Gap);
        }

        report.Advance(Gap);
    }
}
