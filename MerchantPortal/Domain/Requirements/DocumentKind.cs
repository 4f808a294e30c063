namespace MerchantPortal.Domain.Requirements;

/// <summary>The documents an application may need. Stored as numbers: only append.</summary>
public enum DocumentKind
{
    BusinessLicense = 0,
    RegistrationCertificate = 1,
    TaxRegistration = 2,
    LegalRepresentativeIdFront = 3,
    LegalRepresentativeIdBack = 4,
    BankAccountProof = 5,
    AuthorizationLetter = 6,
    HealthcareLicense = 7,
    SchoolLicense = 8,
    FoodBusinessLicense = 9,
    StorefrontPhoto = 10,
    InteriorPhoto = 11,
}
