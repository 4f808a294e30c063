using System.Globalization;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Requirements;
using MerchantPortal.Infrastructure.Localization;
using MerchantPortal.Resources;

namespace MerchantPortal.Features.Review;

/// <summary>The submitted fields each document proves, shown beside it so the reviewer compares without scrolling.</summary>
public static class DocumentEvidence
{
    public static IReadOnlyList<(string Label, string Value)> For(DocumentKind kind, EnterpriseDetails e, IdentitySummary i) => kind switch
    {
        DocumentKind.BusinessLicense or DocumentKind.RegistrationCertificate =>
        [
            (WizardText.LegalName, e.LegalName), (WizardText.CreditCode, e.CreditCode), (WizardText.RegisteredAddress, e.RegisteredAddress),
            (WizardText.SubjectType, EnumText.Of(e.SubjectType)), (WizardText.LicenseValidFrom, Day(e.LicenseValidFrom)),
            (WizardText.LicenseValidTo, e.LicenseValidTo is { } to ? Day(to) : WizardText.LicenseLongTerm),
        ],
        DocumentKind.TaxRegistration => [(WizardText.LegalName, e.LegalName), (WizardText.CreditCode, e.CreditCode)],
        DocumentKind.LegalRepresentativeIdFront or DocumentKind.LegalRepresentativeIdBack =>
            [(WizardText.LegalRepTitle, i.LegalRepresentativeName), (WizardText.IdNumber, i.IdNumberMasked)],
        DocumentKind.BankAccountProof =>
            [(WizardText.AccountType, EnumText.Of(i.AccountType)), (WizardText.BankName, i.BankName), (WizardText.AccountNumber, i.AccountNumberMasked)],
        DocumentKind.AuthorizationLetter => [(WizardText.LegalRepTitle, i.LegalRepresentativeName), (WizardText.ContactName, e.ContactName)],
        DocumentKind.HealthcareLicense or DocumentKind.SchoolLicense or DocumentKind.FoodBusinessLicense =>
            [(WizardText.LegalName, e.LegalName), (WizardText.Industry, EnumText.Of(e.Industry)), (WizardText.RegisteredAddress, e.RegisteredAddress)],
        _ => [(WizardText.LegalName, e.LegalName), (WizardText.RegisteredAddress, e.RegisteredAddress)],
    };

    private static string Day(DateOnly day) => day.ToString("d", CultureInfo.CurrentCulture);
}
