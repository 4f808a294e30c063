using System.Globalization;
using MerchantPortal.Domain.Enrollments;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Infrastructure.Localization;
using MerchantPortal.Infrastructure.Pdf;
using MerchantPortal.Resources;

namespace MerchantPortal.Features.Reports.Dossier;

/// <summary>Writes a dossier's PDF in the current culture: the verification QR code and summary first, then each section.</summary>
public sealed class DossierRenderer(PdfReportFactory reports)
{
    private const double QrSize = 92;

    public byte[] Render(DossierContent content, DossierNames names, string verificationUrl)
    {
        using var report = reports.Create($"{DossierText.Title} · {content.OrganizationName}", ChinaTime.Format(content.IssuedAtUtc));
        report.Title(DossierText.Title);
        report.Subheading(content.OrganizationName);
        report.QrCode(verificationUrl, QrSize, string.Format(CultureInfo.CurrentCulture, DossierText.QrCaption, verificationUrl));
        report.KeyValues(
        [
            Pair(DossierText.DossierId, content.DossierId.ToString()),
            Pair(DossierText.IssuedAt, ChinaTime.Format(content.IssuedAtUtc)),
            Pair(DossierText.IssuedBy, content.IssuedBy),
            Pair(DossierText.ApplicationState, EnumText.Of(content.State)),
            Pair(DossierText.ApprovedRound,
                string.Format(CultureInfo.CurrentCulture, DossierText.RoundSubmittedAt, content.Round, ChinaTime.Format(content.SubmittedAtUtc))),
        ]);
        report.KpiTiles(
        [
            new(DossierText.KpiDocuments, content.Documents.Count.ToString("N0", CultureInfo.CurrentCulture)),
            new(DossierText.KpiDecisions, content.Documents.Sum(d => d.Verdicts.Count).ToString("N0", CultureInfo.CurrentCulture)),
            new(DossierText.KpiGreenRuns, $"{content.Enrollments.Sum(e => e.Runs.Count(r => r.Green == true))} / {content.Enrollments.Sum(e => e.Runs.Count)}"),
            new(DossierText.KpiLive, $"{content.Enrollments.Count(e => e.State == EnrollmentState.Live)} / {content.Enrollments.Count}"),
        ]);
        WriteApprovedData(report, content, names);
        DossierDocumentSection.Write(report, content, names);
        DossierDecisionSection.Write(report, content);
        DossierGoLiveSection.Write(report, content, names);
        DossierAuditSection.Write(report, content);
        report.Note(DossierText.Footnote);
        return report.ToArray();
    }

    private static void WriteApprovedData(PdfReport report, DossierContent content, DossierNames names)
    {
        var enterprise = content.Enterprise;
        var identity = content.Identity;
        var scenes = Enum.GetValues<Scenes>().Where(s => s != Scenes.None && content.Scenes.HasFlag(s)).Select(s => EnumText.Of(s));
        report.Heading(DossierText.ApprovedDataTitle);
        report.KeyValues(
        [
            Pair(WizardText.LegalName, enterprise.LegalName),
            Pair(WizardText.CreditCode, enterprise.CreditCode),
            Pair($"{WizardText.SubjectType} / {WizardText.Industry}", $"{EnumText.Of(enterprise.SubjectType)} / {EnumText.Of(enterprise.Industry)}"),
            Pair(WizardText.RegisteredAddress, enterprise.RegisteredAddress),
            Pair(DossierText.LicenseValidity, enterprise.LicenseValidTo is { } to
                ? $"{Day(enterprise.LicenseValidFrom)} – {Day(to)}"
                : string.Format(CultureInfo.CurrentCulture, DossierText.LicenseLongTerm, Day(enterprise.LicenseValidFrom))),
            Pair(WizardText.ContactName, $"{enterprise.ContactName} · {enterprise.ContactMobile} · {enterprise.ContactEmail}"),
            Pair(DossierText.Platforms, string.Join(" · ", content.PlatformCodes.Select(names.Platform))),
            Pair(DossierText.Scenes, string.Join(" · ", scenes)),
            Pair(WizardText.LegalRepTitle, $"{identity.LegalRepresentativeName} · {identity.IdNumberMasked}"),
            Pair(WizardText.AccountTitle, $"{EnumText.Of(identity.AccountType)} · {identity.BankName} · {identity.AccountNumberMasked}"),
            Pair(ReviewText.BeneficialOwnerCount, identity.BeneficialOwnerCount.ToString(CultureInfo.CurrentCulture)),
        ]);
    }

    private static string Day(DateOnly day) => day.ToString("d", CultureInfo.CurrentCulture);

    private static KeyValuePair<string, string> Pair(string label, string value) => new(label, value);
}
