using MerchantPortal.Infrastructure.Localization;
using MerchantPortal.Infrastructure.Pdf;
using MerchantPortal.Resources;

namespace MerchantPortal.Features.Dashboard.Exports;

/// <summary>
/// The management report of a period: the dashboard's own view (the same queries, so the same figures) drawn
/// into a PDF — key figures, applications by state, the funnel, time in each state, rejection reasons, platforms
/// and the daily trend — in the reader's language.
/// </summary>
public sealed class PeriodReport(PdfReportFactory reports)
{
    public byte[] Render(DashboardView view, string scope, Func<string, string> platformName, Func<string, string> reasonText)
    {
        using var report = reports.Create(ReportText.PeriodTitle, string.Format(ReportText.PeriodHeader, scope, ChinaTime.Format(view.AtUtc)));
        report.Title(ReportText.PeriodTitle);
        report.Note(string.Format(ReportText.PeriodScope, scope, ChinaTime.Format(view.AtUtc)));
        report.Heading(ReportText.KeyFigures);
        report.KpiTiles([.. KpiFigure.Of(view.Kpis).Select(k => new KpiTile(k.Label, k.Value))], perRow: 3);

        report.Heading(DashboardText.ByState);
        report.Table([new PdfColumn(DashboardText.ColumnState, 3), new PdfColumn(DashboardText.ColumnCount, 1, AlignRight: true)],
            view.States.OrderBy(s => s.Key).Select(s => (IReadOnlyList<string>)[EnumText.Of(s.Key), DashboardLinks.Count(s.Value)]));

        report.Heading(DashboardText.Funnel);
        var started = view.Funnel.FirstOrDefault()?.Applications ?? 0;
        report.BarChart([.. view.Funnel.Select(f => new ChartBar(EnumText.Of(f.Stage), f.Applications,
            $"{DashboardLinks.Count(f.Applications)}  {DashboardLinks.Share(f.Applications, started)}"))]);

        report.Heading(DashboardText.TimeInState);
        Bars(report, [.. view.TimeInState.Select(s => new ChartBar(EnumText.Of(s.State), s.AverageMinutes,
            $"{DashboardLinks.Count(s.Applications)} · {string.Format(DashboardText.TimeInStateAverage, DashboardLinks.Minutes((int)s.AverageMinutes))}"))]);

        report.Heading(DashboardText.RejectionReasons);
        Bars(report, [.. view.RejectionReasons.Select(r => new ChartBar(reasonText(r.Code), r.Applications, DashboardLinks.Count(r.Applications)))]);

        report.Heading(DashboardText.Platforms);
        if (view.Platforms.Count == 0)
        {
            report.Note(DashboardText.Nothing);
        }
        else
        {
            report.Table([new PdfColumn(DashboardText.FilterPlatform, 2), new PdfColumn(DashboardText.PlatformOpened, 1, AlignRight: true),
                new PdfColumn(DashboardText.PlatformLive, 1, AlignRight: true)],
                view.Platforms.Select(p => (IReadOnlyList<string>)[platformName(p.Code), DashboardLinks.Count(p.Opened), DashboardLinks.Count(p.Live)]));
        }

        report.Heading(DashboardText.Trend);
        foreach (var (title, value) in new (string, Func<TrendDay, int>)[]
        {
            (DashboardText.KpiSubmitted, d => d.Submitted), (DashboardText.KpiApproved, d => d.Approved), (DashboardText.KpiRejected, d => d.Rejected),
        })
        {
            report.Subheading(title);
            report.TrendChart([.. view.Trend.Select(d => new TrendPoint(d.Day.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture), value(d)))], TrendChartKind.Columns);
        }

        return report.ToArray();
    }

    private static void Bars(PdfReport report, IReadOnlyList<ChartBar> bars)
    {
        if (bars.Count == 0)
        {
            report.Note(DashboardText.Nothing);
        }
        else
        {
            report.BarChart(bars);
        }
    }
}
