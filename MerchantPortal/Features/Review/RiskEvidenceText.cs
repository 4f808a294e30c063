using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Requirements;
using MerchantPortal.Domain.Review;
using MerchantPortal.Infrastructure.Localization;
using MerchantPortal.Resources;

namespace MerchantPortal.Features.Review;

/// <summary>A finding's evidence in the reader's language: each check knows what its pieces are.</summary>
public static class RiskEvidenceText
{
    public static string Of(RiskFinding finding)
    {
        var evidence = finding.Evidence;
        return finding.Check switch
        {
            RiskCheck.AccountHolderIsNotLegalRepresentative when evidence.Count == 2 =>
                string.Format(ReviewText.RiskEvidenceAccountHolder, evidence[0].Text, evidence[1].Text),
            RiskCheck.CreditCodeClosedElsewhere => Join(evidence.Select(e => string.Format(ReviewText.RiskEvidenceQualified, e.Text, Tag<ApplicationState>(e)))),
            RiskCheck.DocumentUsedByAnotherOrganization => Join(evidence.Select(e => string.Format(ReviewText.RiskEvidenceLabelled, Tag<DocumentKind>(e), e.Text))),
            RiskCheck.LegalRepresentativeUnder18 => string.Format(ReviewText.RiskEvidenceBorn, Join(evidence.Select(e => e.Text))),
            RiskCheck.LicenseExpired or RiskCheck.LicenseExpiringSoon => string.Format(ReviewText.RiskEvidenceValidTo, Join(evidence.Select(e => e.Text))),
            _ => Join(evidence.Select(e => e.Text)),
        };
    }

    private static string Tag<T>(RiskEvidence evidence) where T : struct, Enum =>
        Enum.TryParse<T>(evidence.Tag, out var value) ? EnumText.Of(value) : evidence.Tag ?? "";

    private static string Join(IEnumerable<string> parts) => string.Join(ReviewText.RiskEvidenceSeparator, parts);
}
