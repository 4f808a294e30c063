using MerchantPortal.Domain.Onboarding;
using static MerchantPortal.Domain.Onboarding.SubjectType;
using static MerchantPortal.Domain.Requirements.DocumentKind;

namespace MerchantPortal.Domain.Requirements;

/// <summary>The rules every application starts from; each platform's folder adds its own (see IPlatformDefinition).</summary>
public static class DefaultRequirementRules
{
    public static IReadOnlyList<RequirementRule> Core { get; } =
    [
        new(BusinessLicense, subjectTypes: [Enterprise, SoleProprietor]),
        new(RegistrationCertificate, subjectTypes: [PublicInstitution, SocialOrganization, GovernmentBody]),
        new(TaxRegistration),
        new(LegalRepresentativeIdFront),
        new(LegalRepresentativeIdBack),
        new(BankAccountProof, corporateAccountOnly: true),
        new(AuthorizationLetter, contactNotLegalRepresentativeOnly: true),
        new(HealthcareLicense, industries: [Industry.Healthcare]),
        new(SchoolLicense, industries: [Industry.Education]),
        new(FoodBusinessLicense, industries: [Industry.Food]),
    ];
}
