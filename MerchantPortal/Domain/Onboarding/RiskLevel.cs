namespace MerchantPortal.Domain.Onboarding;

public enum RiskLevel
{
    Low = 0,
    Medium = 1,
    High = 2,
}
