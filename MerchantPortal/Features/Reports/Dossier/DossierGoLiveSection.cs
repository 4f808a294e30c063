using System.Globalization;
using MerchantPortal.Domain.GoLiveRuns;
using MerchantPortal.Features.GoLive;
using MerchantPortal.Infrastructure.Localization;
using MerchantPortal.Infrastructure.Pdf;
using MerchantPortal.Resources;

namespace MerchantPortal.Features.Reports.Dossier;

/// <summary>Per platform: its state, the accepted agreement, every go-live run, the checks of the latest finished run, and its moves.</summary>
public static class DossierGoLiveSection
{
    public static void Write(PdfReport report, DossierContent content, DossierNames names)
    {
        report.Heading(DossierText.GoLiveTitle);
        if (content.Enrollments.Count == 0)
        {
            report.Paragraph(DossierText.None);
        }

        foreach (var enrollment in content.Enrollments)
        {
            report.Subheading($"{names.Platform(enrollment.PlatformCode)} · {EnumText.Of(enrollment.State)}");
            if (enrollment.Agreement is { } agreement)
            {
                report.KeyValues(
                [
                    new(DossierText.AgreementVersion, agreement.Version),
                    new(DossierText.FeeRate, CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal) ? agreement.FeeRateZh : agreement.FeeRateEn),
                    new(DossierText.AgreementAccepted, $"{agreement.AcceptedBy} · {ChinaTime.Format(agreement.AcceptedAtUtc)}"),
                ]);
            }

            WriteRuns(report, enrollment.Runs);
            report.Table(
                [new(DossierText.ColumnTime, 1.8), new(DossierText.ColumnAction, 1.5), new(DossierText.ColumnState, 2), new(DossierText.ColumnBy, 1.5)],
                enrollment.History.Select(m => (IReadOnlyList<string>)[ChinaTime.Format(m.AtUtc), EnumText.Of(m.Trigger),
                    m.From is { } from ? $"{EnumText.Of(from)} → {EnumText.Of(m.To)}" : EnumText.Of(m.To), m.Actor]));
        }
    }

    private static void WriteRuns(PdfReport report, IReadOnlyList<DossierContent.Run> runs)
    {
        if (runs.Count == 0)
        {
            report.Paragraph(DossierText.NoRuns);
            return;
        }

        report.Table(
            [new(DossierText.ColumnStarted, 1.8), new(DossierText.ColumnMode, 1.4), new(DossierText.ColumnBy, 1.5),
             new(DossierText.ColumnResult, 1), new(DossierText.ColumnChecksPassed, 1, AlignRight: true)],
            runs.Select(r => (IReadOnlyList<string>)[ChinaTime.Format(r.StartedAtUtc), Mode(r.Mode), r.StartedBy, Result(r.Green),
                $"{r.Checks.Count(c => c.Status == GoLiveCheckStatus.Passed)} / {r.Checks.Count}"]));

        if (runs.LastOrDefault(r => r.FinishedAtUtc is not null) is { } latest)
        {
            var title = string.Format(CultureInfo.CurrentCulture, DossierText.LatestRunChecks, ChinaTime.Format(latest.StartedAtUtc));
            report.Paragraph(title, report.Fonts.Strong, PdfPalette.Ink);
            report.Table(
                [new(DossierText.ColumnCheck, 2.2), new(DossierText.ColumnStatus, 0.9), new(DossierText.ColumnFinding, 3.4)],
                latest.Checks.Select(c => (IReadOnlyList<string>)[GoLiveFindingText.CheckName(c.Kind), GoLiveFindingText.Status(c.Status),
                    c.FindingCode is null ? "" : GoLiveFindingText.Of(new GoLiveFinding(c.FindingCode, [.. c.FindingArgs]))]));
        }
    }

    private static string Mode(GoLiveRunMode mode) => mode == GoLiveRunMode.PortalRun ? DossierText.ModePortalRun : DossierText.ModeMerchantRequests;

    private static string Result(bool? green) => green switch
    {
        true => DossierText.RunGreen,
        false => DossierText.RunRed,
        null => DossierText.RunRunning,
    };
}
