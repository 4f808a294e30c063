using System.Globalization;
using PdfSharp.Drawing;

namespace MerchantPortal.Infrastructure.Pdf;

/// <summary>
/// A vertical chart of a daily (or other) trend, as columns or a line: a value axis with a few round ticks and
/// a label under every few points, so a month of days stays readable.
/// </summary>
public static class PdfTrendCharts
{
    private const double PlotHeight = 140;
    private const double AxisWidth = 40;
    private const int MaxAxisLabels = 8;

    public static void TrendChart(this PdfReport report, IReadOnlyList<TrendPoint> points, TrendChartKind kind, Func<double, string>? format = null)
    {
        format ??= value => value.ToString("#,0.##", CultureInfo.CurrentCulture);
        var font = report.Fonts.Small;
        var labelHeight = font.GetHeight() + 4;
        report.EnsureSpace(PlotHeight + labelHeight + font.GetHeight());
        var top = report.Y + (font.GetHeight() / 2);
        var plot = new XRect(report.Left + AxisWidth, top, report.Width - AxisWidth, PlotHeight);
        var (axisMax, step) = Scale(points.Count == 0 ? 0 : points.Max(p => p.Value));
        DrawValueAxis(report.Graphics, font, plot, axisMax, step, format);

        var slot = points.Count == 0 ? 0 : plot.Width / points.Count;
        var every = Math.Max(1, (int)Math.Ceiling(points.Count / (double)MaxAxisLabels));
        var line = new List<XPoint>();
        for (var i = 0; i < points.Count; i++)
        {
            var height = plot.Height * Math.Max(0, points[i].Value) / axisMax;
            var centre = plot.Left + (slot * (i + 0.5));
            if (kind == TrendChartKind.Columns)
            {
                report.Graphics.DrawRectangle(PdfPalette.AccentSoft, centre - (slot * 0.35), plot.Bottom - height, slot * 0.7, height);
            }

            line.Add(new XPoint(centre, plot.Bottom - height));
            if (i % every == 0)
            {
                report.Graphics.DrawText(points[i].Label, font, PdfPalette.Muted, new XPoint(centre, plot.Bottom + 3), XStringFormats.TopCenter);
            }
        }

        if (kind == TrendChartKind.Line && line.Count > 0)
        {
            DrawLine(report.Graphics, line);
        }

        report.Advance((top - report.Y) + PlotHeight + labelHeight + font.GetHeight());
    }

    private static void DrawValueAxis(XGraphics graphics, XFont font, XRect plot, double axisMax, double step, Func<double, string> format)
    {
        var ticks = (int)Math.Round(axisMax / step);
        for (var k = 0; k <= ticks; k++)
        {
            var tick = k * step;
            var y = plot.Bottom - (plot.Height * tick / axisMax);
            graphics.DrawLine(PdfPalette.Rule, plot.Left, y, plot.Right, y);
            graphics.DrawText(format(tick), font, PdfPalette.Muted, new XPoint(plot.Left - 4, y - (font.GetHeight() / 2)), XStringFormats.TopRight);
        }

        graphics.DrawLine(PdfPalette.Axis, plot.Left, plot.Top, plot.Left, plot.Bottom);
        graphics.DrawLine(PdfPalette.Axis, plot.Left, plot.Bottom, plot.Right, plot.Bottom);
    }

    private static void DrawLine(XGraphics graphics, List<XPoint> line)
    {
        if (line.Count > 1)
        {
            graphics.DrawLines(PdfPalette.TrendLine, [.. line]);
        }

        foreach (var point in line)
        {
            graphics.DrawEllipse(PdfPalette.Trend, point.X - 1.8, point.Y - 1.8, 3.6, 3.6);
        }
    }

    /// <summary>A round axis maximum and step (1, 2 or 5 × 10ⁿ) giving about four ticks above zero.</summary>
    internal static (double Max, double Step) Scale(double largest)
    {
        if (largest <= 0)
        {
            return (1, 1);
        }

        var raw = largest / 4;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var residual = raw / magnitude;
        var step = (residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10) * magnitude;
        return (Math.Ceiling(largest / step) * step, step);
    }
}
