namespace MerchantPortal.Domain.Onboarding;

/// <summary>对公账户 or 对私账户; a personal account is allowed for sole proprietors only.</summary>
public enum SettlementAccountType
{
    Corporate = 0,
    Personal = 1,
}
