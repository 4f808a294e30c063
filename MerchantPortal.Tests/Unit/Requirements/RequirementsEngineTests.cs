using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Requirements;
using MerchantPortal.Platforms;
using MerchantPortal.Platforms.Alipay;
using MerchantPortal.Platforms.WeChatPay;
using static MerchantPortal.Domain.Requirements.DocumentKind;

namespace MerchantPortal.Tests.Unit.Requirements;

public class RequirementsEngineTests
{
    private static readonly IReadOnlyList<RequirementRule> Rules =
    [
        .. DefaultRequirementRules.Core,
        .. new IPlatformDefinition[] { new AlipayDefinition(), new WeChatPayDefinition() }.SelectMany(p => p.DefaultRequirements),
    ];

    [Fact]
    public void Hospital_ChoosingWeChatPayInStore_GetsRegistrationCertificateHealthcareLicenseAndShopPhotos()
    {
        var hospital = new RequirementFacts(SubjectType.PublicInstitution, Industry.Healthcare, ["wechatpay"], Scenes.InStore,
            SettlementAccountType.Corporate, ContactIsLegalRepresentative: true);

        Assert.Equal(
            [RegistrationCertificate, TaxRegistration, LegalRepresentativeIdFront, LegalRepresentativeIdBack, BankAccountProof,
                HealthcareLicense, StorefrontPhoto, InteriorPhoto],
            RequirementsEngine.Due(Rules, hospital));
    }

    [Fact]
    public void SoleProprietorShop_ChoosingAlipayOnline_WithAnotherContact_GetsLicenseAndAuthorizationLetter()
    {
        var shop = new RequirementFacts(SubjectType.SoleProprietor, Industry.Retail, ["alipay"], Scenes.Online,
            SettlementAccountType.Personal, ContactIsLegalRepresentative: false);

        Assert.Equal(
            [BusinessLicense, TaxRegistration, LegalRepresentativeIdFront, LegalRepresentativeIdBack, AuthorizationLetter],
            RequirementsEngine.Due(Rules, shop));
    }

    [Fact]
    public void ShopPhotos_ComeFromThePlatformChosen_NotFromAnother()
    {
        var onlyApplePayInStore = new RequirementFacts(SubjectType.Enterprise, Industry.Retail, ["applepay"], Scenes.InStore,
            SettlementAccountType.Corporate, true);

        Assert.DoesNotContain(StorefrontPhoto, RequirementsEngine.Due(Rules, onlyApplePayInStore));
    }

    [Fact]
    public void UnknownFacts_DoNotSatisfyConditionsOnThem()
    {
        var nothingSavedYet = new RequirementFacts(null, null, [], Scenes.None, null, true);

        Assert.Equal([TaxRegistration, LegalRepresentativeIdFront, LegalRepresentativeIdBack], RequirementsEngine.Due(Rules, nothingSavedYet));
    }
}
