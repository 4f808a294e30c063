namespace MerchantPortal.Domain.Onboarding;

/// <summary>The legal representative's identity document. Stored as numbers: only append.</summary>
public enum IdDocumentType
{
    ResidentIdCard = 0,
    ResidencePermit = 1,
    Passport = 2,
}
