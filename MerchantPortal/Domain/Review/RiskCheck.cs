namespace MerchantPortal.Domain.Review;

/// <summary>The automated checks run on every submission. Stored as numbers: only append.</summary>
public enum RiskCheck
{
    AccountHolderIsNotLegalRepresentative = 0,
    CreditCodeClosedElsewhere = 1,
    DocumentUsedByAnotherOrganization = 2,
    LegalRepresentativeUnder18 = 3,
    LicenseExpired = 4,
    LicenseExpiringSoon = 5,
    ContactMobileShared = 6,
}
