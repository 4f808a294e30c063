using System.Globalization;
using MerchantPortal.Features.Audit;
using MerchantPortal.Infrastructure.Localization;
using MerchantPortal.Infrastructure.Pdf;
using MerchantPortal.Resources;

namespace MerchantPortal.Features.Reports.Dossier;

/// <summary>
/// The audit trail's entries about this application, oldest first, each with the start of its chain hash, so
/// an auditor can find the same entries in the verified chain.
/// </summary>
public static class DossierAuditSection
{
    private const int HashShown = 16;

    public static void Write(PdfReport report, DossierContent content)
    {
        report.Heading(DossierText.AuditTitle);
        if (content.AuditTruncated)
        {
            report.Note(string.Format(CultureInfo.CurrentCulture, DossierText.AuditTruncated, DossierAssembler.MaxAuditLines));
        }

        report.Table(
            [new(DossierText.ColumnTime, 1.8), new(DossierText.ColumnBy, 1.5), new(DossierText.ColumnAction, 1.9), new(DossierText.ColumnSubject, 0.9),
             new(DossierText.ColumnEntry, 1.9)],
            content.Audit.Select(a => (IReadOnlyList<string>)[ChinaTime.Format(a.AtUtc), a.Actor, AuditLabels.Action(a.Action), AuditLabels.Subject(a.SubjectType),
                $"#{a.Id} {a.Hash[..Math.Min(HashShown, a.Hash.Length)]}"]));
    }
}
