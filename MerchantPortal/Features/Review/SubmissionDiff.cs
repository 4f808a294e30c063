using System.Globalization;
using MerchantPortal.Domain.Identifiers;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Review;
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
        LicenseValidity => $"{e.LicenseValidFrom:yyyy-MM-dd} – {(e.LicenseValidTo is { } to ? to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "∞")}",
        ContactName => e.ContactName,
        ContactMobile => e.ContactMobile,
        _ => e.ContactEmail,
    };

    private static string Show(ReviewField field, IdentityDetails i) => field switch
    {
        LegalRepresentative => $"{i.LegalRepresentativeName} {ResidentIdNumber.Mask(i.IdNumber)}",
        BeneficialOwners => string.Join("; ", i.BeneficialOwners.Select(o => $"{o.Name} {o.SharePercent.ToString(CultureInfo.InvariantCulture)}%")),
        _ => $"{i.AccountName} · {i.BankName} {i.BankBranch} {BankAccountNumber.Mask(i.AccountNumber)}",
    };
}
