using MerchantPortal.Domain.Onboarding;
using static MerchantPortal.Domain.Review.ReviewField;

namespace MerchantPortal.Domain.Review;

/// <summary>Which wizard step holds each <see cref="ReviewField"/>, and which of them differ between two saves.</summary>
public static class ReviewFields
{
    public static WizardStep StepOf(ReviewField field) => field <= ContactEmail ? WizardStep.Enterprise : WizardStep.Identity;

    /// <summary>The subject type and industry decide which documents are due, so they never reopen after submission.</summary>
    public static bool RequirementsChanged(EnterpriseDetails before, EnterpriseDetails after) =>
        before.SubjectType != after.SubjectType || before.Industry != after.Industry;

    public static IEnumerable<ReviewField> Changed(EnterpriseDetails before, EnterpriseDetails after)
    {
        if (before.LegalName != after.LegalName)
        {
            yield return LegalName;
        }

        if (before.CreditCode != after.CreditCode)
        {
            yield return CreditCode;
        }

        if (before.RegisteredAddress != after.RegisteredAddress)
        {
            yield return RegisteredAddress;
        }

        if (before.LicenseValidFrom != after.LicenseValidFrom || before.LicenseValidTo != after.LicenseValidTo)
        {
            yield return LicenseValidity;
        }

        if (before.ContactName != after.ContactName)
        {
            yield return ContactName;
        }

        if (before.ContactMobile != after.ContactMobile)
        {
            yield return ContactMobile;
        }

        if (before.ContactEmail != after.ContactEmail)
        {
            yield return ContactEmail;
        }
    }

    public static IEnumerable<ReviewField> Changed(IdentityDetails before, IdentityDetails after)
    {
        if ((before.LegalRepresentativeName, before.IdType, before.IdNumber, before.IdValidFrom, before.IdValidTo)
            != (after.LegalRepresentativeName, after.IdType, after.IdNumber, after.IdValidFrom, after.IdValidTo))
        {
            yield return LegalRepresentative;
        }

        if (!before.BeneficialOwners.SequenceEqual(after.BeneficialOwners))
        {
            yield return BeneficialOwners;
        }

        if ((before.AccountType, before.AccountName, before.BankName, before.BankBranch, before.AccountNumber)
            != (after.AccountType, after.AccountName, after.BankName, after.BankBranch, after.AccountNumber))
        {
            yield return SettlementAccount;
        }
    }
}
