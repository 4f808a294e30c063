using System.Globalization;
using MerchantPortal.Domain.Identifiers;
using MerchantPortal.Domain.Onboarding;
using static MerchantPortal.Domain.Review.RiskCheck;

namespace MerchantPortal.Domain.Review;

/// <summary>
/// The automated risk checks, as pure rules over <see cref="RiskFacts"/>: each yields a finding with its
/// evidence, and the worst finding sets the application's risk level.
/// </summary>
public static class RiskChecks
{
    public const int LicenseWarningDays = 30;

    public static IReadOnlyList<RiskFinding> Evaluate(RiskFacts facts)
    {
        var findings = new List<RiskFinding>();
        var identity = facts.Identity;
        if (identity.AccountType == SettlementAccountType.Personal && Comparable(identity.AccountName) != Comparable(identity.LegalRepresentativeName))
        {
            findings.Add(new(AccountHolderIsNotLegalRepresentative, RiskLevel.High, [new(identity.AccountName), new(identity.LegalRepresentativeName)]));
        }

        if (facts.CreditCodeClosedElsewhere.Count > 0)
        {
            findings.Add(new(CreditCodeClosedElsewhere, RiskLevel.Medium, facts.CreditCodeClosedElsewhere));
        }

        if (facts.DocumentsUsedElsewhere.Count > 0)
        {
            findings.Add(new(DocumentUsedByAnotherOrganization, RiskLevel.High, facts.DocumentsUsedElsewhere));
        }

        if (identity.IdType == IdDocumentType.ResidentIdCard && ResidentIdNumber.BirthDate(identity.IdNumber) is { } born && born.AddYears(18) > facts.Today)
        {
            findings.Add(new(LegalRepresentativeUnder18, RiskLevel.High, [new(born.ToString("yyyy-MM", CultureInfo.InvariantCulture))]));
        }

        if (facts.LicenseValidTo is { } validTo && validTo < facts.Today)
        {
            findings.Add(new(LicenseExpired, RiskLevel.High, [new(validTo.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))]));
        }
        else if (facts.LicenseValidTo is { } soon && soon <= facts.Today.AddDays(LicenseWarningDays))
        {
            findings.Add(new(LicenseExpiringSoon, RiskLevel.Medium, [new(soon.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))]));
        }

        if (facts.ContactMobileSharedWith.Count > 0)
        {
            findings.Add(new(ContactMobileShared, RiskLevel.Medium, facts.ContactMobileSharedWith));
        }

        return findings;
    }

    public static RiskLevel LevelOf(IEnumerable<RiskFinding> findings) => findings.Select(f => f.Level).DefaultIfEmpty(RiskLevel.Low).Max();

    // Names are compared as a person would: ignoring spaces, the middle dot of transliterated names, and case.
    private static string Comparable(string name) =>
        new string([.. name.Normalize(System.Text.NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c) && c is not ('·' or '•' or '.'))]).ToUpperInvariant();
}
