namespace MerchantPortal.Domain.Onboarding;

/// <summary>经营类目. Healthcare, Education and Food are regulated: they bring extra qualifications. Stored as numbers: only append.</summary>
public enum Industry
{
    Retail = 0,
    Catering = 1,
    Food = 2,
    Healthcare = 3,
    Education = 4,
    Travel = 5,
    Entertainment = 6,
    Software = 7,
    Logistics = 8,
    PublicServices = 9,
    Other = 10,
}
