namespace MerchantPortal.Domain.Review;

/// <summary>A saved field a reviewer can ask the applicant to fix. Stored as numbers: only append.</summary>
public enum ReviewField
{
    LegalName = 0,
    CreditCode = 1,
    RegisteredAddress = 2,
    LicenseValidity = 3,
    ContactName = 4,
    ContactMobile = 5,
    ContactEmail = 6,
    LegalRepresentative = 7,
    BeneficialOwners = 8,
    SettlementAccount = 9,
}
