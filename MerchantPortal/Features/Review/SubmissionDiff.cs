using System.Globalization;
using MerchantPortal.Domain.Identifiers;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Review;
using MerchantPortal.Infrastructure.Localization;
using static MerchantPortal.Domain.Review.ReviewField;

namespace MerchantPortal.Features.Review;

/// <summary>
/// What changed between two submissions. Step 4 is compared in clear (decrypted here, in memory) so a change
/// is found even where the masked values look alike, but only masked values are shown.
/// </summary>
public static class SubmissionDiff
{
    public static ReviewCase.Changes Between(int fromRound, SubmittedData before, SubmittedData after, Func<string, IdentityDetails> unprotect)
    {
        var fields = new List<ReviewCase.FieldChange>();
        foreach (var field in ReviewFields.Changed(before.Enterprise, after.Enterprise))
        {
            fields.Add(new(field, Show(field, before.Enterprise), Show(field, after.Enterprise)));
        }

        var (old, current) = (unprotect(before.ProtectedIdentity), unprotect(after.ProtectedIdentity));
        foreach (var field in ReviewFields.Changed(old, current))
        {
            fields.Add(new(field, Show(field, old), Show(field, current)));
        }

        var newVersions = after.DocumentVersions.Where(v => before.DocumentVersions.GetValueOrDefault(v.Key) != v.Value).Select(v => v.Key).Order().ToList();
        return new ReviewCase.Changes(fromRound, fields, newVersions);
    }

    private static string Show(ReviewField field, EnterpriseDetails e) => field switch
    {
        LegalName => e.LegalName,
        CreditCode => e.CreditCode,
        RegisteredAddress => e.RegisteredAddress,
        LicenseValidity => Term(e.LicenseValidFrom, e.LicenseValidTo),
        ContactName => e.ContactName,
        ContactMobile => e.ContactMobile,
        _ => e.ContactEmail,
    };

    // Every part the comparison looks at is shown (numbers masked), so a change never reads as "same → same".
    private static string Show(ReviewField field, IdentityDetails i) => field switch
    {
        LegalRepresentative => $"{i.LegalRepresentativeName} · {EnumText.Of(i.IdType)} {ResidentIdNumber.Mask(i.IdNumber)} · {Term(i.IdValidFrom, i.IdValidTo)}",
        BeneficialOwners => string.Join("; ", i.BeneficialOwners.Select(o =>
            $"{o.Name} {ResidentIdNumber.Mask(o.IdNumber)} {o.SharePercent.ToString(CultureInfo.InvariantCulture)}%{(o.Controls ? " ✓" : "")}")),
        _ => $"{EnumText.Of(i.AccountType)} · {i.AccountName} · {i.BankName} {i.BankBranch} {BankAccountNumber.Mask(i.AccountNumber)}",
    };

    private static string Term(DateOnly from, DateOnly? to) =>
        $"{from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} – {(to is { } end ? end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "∞")}";
}
