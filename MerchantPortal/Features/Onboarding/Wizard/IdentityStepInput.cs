using MerchantPortal.Domain.Identifiers;
using MerchantPortal.Domain.Onboarding;

namespace MerchantPortal.Features.Onboarding.Wizard;

/// <summary>Step 4's form: legal representative, beneficial owners and the settlement account.</summary>
public sealed class IdentityStepInput
{
    /// <summary>From the saved enterprise step; the server sets both again before validating.</summary>
    public SubjectType? SubjectType { get; set; }

    public string LegalName { get; set; } = "";

    public string LegalRepresentativeName { get; set; } = "";

    public IdDocumentType? IdType { get; set; } = IdDocumentType.ResidentIdCard;

    public string IdNumber { get; set; } = "";

    public DateTime? IdValidFrom { get; set; }

    public DateTime? IdValidTo { get; set; }

    public bool IdLongTerm { get; set; }

    public List<BeneficialOwnerInput> BeneficialOwners { get; set; } = [];

    public SettlementAccountType? AccountType { get; set; }

    public string AccountName { get; set; } = "";

    public string BankName { get; set; } = "";

    public string BankBranch { get; set; } = "";

    public string AccountNumber { get; set; } = "";

    public bool IsResidentId => IdType is IdDocumentType.ResidentIdCard or IdDocumentType.ResidencePermit;

    /// <summary>A saved step reopened for editing: numbers come back masked; leaving one masked keeps the saved number.</summary>
    public static IdentityStepInput From(IdentityDetails details) => new()
    {
        LegalRepresentativeName = details.LegalRepresentativeName,
        IdType = details.IdType,
        IdNumber = ResidentIdNumber.Mask(details.IdNumber),
        IdValidFrom = details.IdValidFrom.ToDateTime(TimeOnly.MinValue),
        IdValidTo = details.IdValidTo?.ToDateTime(TimeOnly.MinValue),
        IdLongTerm = details.IdValidTo is null,
        BeneficialOwners = [.. details.BeneficialOwners.Select(o => new BeneficialOwnerInput
        {
            Name = o.Name, IdNumber = ResidentIdNumber.Mask(o.IdNumber), SharePercent = o.SharePercent, Controls = o.Controls,
        })],
        AccountType = details.AccountType,
        AccountName = details.AccountName,
        BankName = details.BankName,
        BankBranch = details.BankBranch,
        AccountNumber = BankAccountNumber.Mask(details.AccountNumber),
    };

    public static bool IsMasked(string value) => value.Contains('*', StringComparison.Ordinal);

    /// <summary>Puts the saved numbers back where the form still shows them masked; a masked value that matches nothing saved is left for the validator to refuse.</summary>
    public void RestoreMaskedNumbers(IdentityDetails? saved)
    {
        if (saved is null)
        {
            return;
        }

        IdNumber = Restore(IdNumber, ResidentIdNumber.Mask(saved.IdNumber), saved.IdNumber);
        AccountNumber = Restore(AccountNumber, BankAccountNumber.Mask(saved.AccountNumber), saved.AccountNumber);
        foreach (var owner in BeneficialOwners)
        {
            var match = saved.BeneficialOwners.FirstOrDefault(o => ResidentIdNumber.Mask(o.IdNumber) == owner.IdNumber);
            owner.IdNumber = match is null ? owner.IdNumber : match.IdNumber;
        }
    }

    private static string Restore(string value, string savedMask, string savedValue) => value == savedMask ? savedValue : value;

    /// <summary>The saved form, normalized: only called after the validator passed.</summary>
    public IdentityDetails ToDetails() => new(
        LegalRepresentativeName.Trim(),
        IdType!.Value,
        IdentifierText.Normalize(IdNumber),
        DateOnly.FromDateTime(IdValidFrom!.Value),
        IdLongTerm ? null : DateOnly.FromDateTime(IdValidTo!.Value),
        [.. BeneficialOwners.Select(o => new IdentityDetails.BeneficialOwner(o.Name.Trim(), IdentifierText.Normalize(o.IdNumber), o.SharePercent ?? 0, o.Controls))],
        AccountType!.Value,
        AccountName.Trim(),
        BankName.Trim(),
        BankBranch.Trim(),
        BankAccountNumber.Normalize(AccountNumber));
}
