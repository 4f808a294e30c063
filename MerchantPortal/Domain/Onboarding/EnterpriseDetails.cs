namespace MerchantPortal.Domain.Onboarding;

/// <summary>Step 2 as saved, already validated and normalized (credit code upper-case, mobile without +86).</summary>
public sealed record EnterpriseDetails(
    SubjectType SubjectType,
    Industry Industry,
    string LegalName,
    string CreditCode,
    string RegisteredAddress,
    DateOnly LicenseValidFrom,
    DateOnly? LicenseValidTo,
    string ContactName,
    string ContactMobile,
    string ContactEmail)
{
    /// <summary>No end date means the license is long-term (长期).</summary>
    public bool LicenseLongTerm => LicenseValidTo is null;
}
