namespace MerchantPortal.Domain.Onboarding;

/// <summary>What may be shown of step 4 without decrypting it: names, bank, and masked numbers only.</summary>
public sealed record IdentitySummary(
    string LegalRepresentativeName,
    string IdNumberMasked,
    int BeneficialOwnerCount,
    SettlementAccountType AccountType,
    string BankName,
    string AccountNumberMasked);
