namespace MerchantPortal.Domain.Onboarding;

/// <summary>
/// Step 4 in full, with ID and account numbers in clear. It exists only in memory: at rest it is stored
/// encrypted as a whole, beside an <see cref="IdentitySummary"/> of masked values for display.
/// </summary>
public sealed record IdentityDetails(
    string LegalRepresentativeName,
    IdDocumentType IdType,
    string IdNumber,
    DateOnly IdValidFrom,
    DateOnly? IdValidTo,
    IReadOnlyList<IdentityDetails.BeneficialOwner> BeneficialOwners,
    SettlementAccountType AccountType,
    string AccountName,
    string BankName,
    string BankBranch,
    string AccountNumber)
{
    public sealed record BeneficialOwner(string Name, string IdNumber, decimal SharePercent, bool Controls);
}
