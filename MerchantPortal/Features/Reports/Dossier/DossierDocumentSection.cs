using System.Globalization;
using MerchantPortal.Infrastructure.Localization;
using MerchantPortal.Infrastructure.Pdf;
using MerchantPortal.Resources;

namespace MerchantPortal.Features.Reports.Dossier;

/// <summary>The documents as submitted (each version with its SHA-256 on one line) and every decision taken on them.</summary>
public static class DossierDocumentSection
{
    public static void Write(PdfReport report, DossierContent content, DossierNames names)
    {
        report.Heading(DossierText.DocumentsTitle);
        report.Table(
            [new(DossierText.ColumnDocument, 2.2), new(DossierText.ColumnVersion, 0.9, AlignRight: true), new(DossierText.ColumnFile, 2.1),
             new(DossierText.ColumnSize, 0.8, AlignRight: true), new(DossierText.ColumnUploaded, 1.8), new(DossierText.ColumnStatus, 1.1)],
            content.Documents.Select(d => (IReadOnlyList<string>)[EnumText.Of(d.Kind), d.Version.ToString(CultureInfo.CurrentCulture), d.FileName, Size(d.Size),
                ChinaTime.Format(d.UploadedAtUtc), EnumText.Of(d.Status)]));

        report.Subheading(DossierText.FingerprintsTitle);
        report.Table(
            [new(DossierText.ColumnDocument, 1.6), new("SHA-256", 5)],
            content.Documents.Select(d => (IReadOnlyList<string>)[$"{EnumText.Of(d.Kind)} {Version(d.Version)}", d.Sha256]));

        report.Subheading(DossierText.DocumentDecisionsTitle);
        var verdicts = content.Documents.SelectMany(d => d.Verdicts.Select(v => (Document: d, Verdict: v))).OrderBy(x => x.Verdict.AtUtc).ToList();
        if (verdicts.Count == 0)
        {
            report.Paragraph(DossierText.None);
            return;
        }

        report.Table(
            [new(DossierText.ColumnDocument, 2), new(DossierText.ColumnRound, 0.6, AlignRight: true), new(DossierText.ColumnDecision, 2.6),
             new(DossierText.ColumnReviewer, 1.6), new(DossierText.ColumnTime, 1.8)],
            verdicts.Select(x => (IReadOnlyList<string>)[$"{EnumText.Of(x.Document.Kind)} {Version(x.Document.Version)}",
                x.Verdict.Round.ToString(CultureInfo.CurrentCulture), Decision(x.Verdict, names), x.Verdict.Reviewer, ChinaTime.Format(x.Verdict.AtUtc)]));
    }

    private static string Decision(DossierContent.Verdict verdict, DossierNames names)
    {
        if (verdict.Approved)
        {
            return DossierText.Approved;
        }

        var reason = verdict.ReasonCode is null ? "" : names.Reason(verdict.ReasonCode);
        return string.Join(" — ", new[] { DossierText.Rejected, reason, verdict.ApplicantMessage ?? "" }.Where(part => part.Length > 0));
    }

    private static string Version(int version) => string.Format(CultureInfo.CurrentCulture, DossierText.VersionNumber, version);

    private static string Size(long bytes) => bytes < 1024 * 1024
        ? string.Format(CultureInfo.CurrentCulture, "{0:N0} KB", Math.Max(1, bytes / 1024))
        : string.Format(CultureInfo.CurrentCulture, "{0:N1} MB", bytes / (1024.0 * 1024));
}
