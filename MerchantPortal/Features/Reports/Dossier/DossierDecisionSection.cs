using MerchantPortal.Infrastructure.Localization;
using MerchantPortal.Infrastructure.Pdf;
using MerchantPortal.Resources;

namespace MerchantPortal.Features.Reports.Dossier;

/// <summary>Every move of the application, with who made it, when and why: the review's decisions in order.</summary>
public static class DossierDecisionSection
{
    public static void Write(PdfReport report, DossierContent content)
    {
        report.Heading(DossierText.DecisionsTitle);
        report.Table(
            [new(DossierText.ColumnTime, 1.8), new(DossierText.ColumnAction, 1.5), new(DossierText.ColumnState, 2),
             new(DossierText.ColumnBy, 1.5), new(DossierText.ColumnReason, 1.8)],
            content.Decisions.Select(m => (IReadOnlyList<string>)[ChinaTime.Format(m.AtUtc), EnumText.Of(m.Trigger),
                m.From is { } from ? $"{EnumText.Of(from)} → {EnumText.Of(m.To)}" : EnumText.Of(m.To), m.Actor, m.Reason ?? ""]));
    }
}
