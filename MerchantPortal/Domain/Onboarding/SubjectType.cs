namespace MerchantPortal.Domain.Onboarding;

/// <summary>主体类型. Stored as numbers: only append.</summary>
public enum SubjectType
{
    Enterprise = 0,
    SoleProprietor = 1,
    PublicInstitution = 2,
    GovernmentBody = 3,
    SocialOrganization = 4,
}
