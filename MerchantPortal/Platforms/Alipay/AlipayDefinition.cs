using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Platforms;
using MerchantPortal.Domain.Requirements;

namespace MerchantPortal.Platforms.Alipay;

public sealed class AlipayDefinition : IPlatformDefinition
{
    public const string Code = "alipay";

    public bool HasProtocol => true;

    public PaymentPlatform DefaultCatalogueEntry { get; } = new(
        Code, 10,
        new("支付宝", "Alipay"),
        new("中国内地用户最多的数字钱包之一，覆盖线上线下各类消费者", "One of mainland China's most used wallets, across online and offline shoppers"),
        PlatformScenarios.InStoreQr | PlatformScenarios.Online | PlatformScenarios.InApp | PlatformScenarios.MiniProgram,
        new("0.38%–0.6%", "0.38%–0.6%"),
        new("T+1 结算到对公或对私账户", "Settled T+1 to a corporate or personal account"),
        new("营业执照、法定代表人身份证、结算账户；线下门店另需门头照和店内环境照", "Business license, legal representative's ID, settlement account; in-store also needs storefront and interior photos"),
        isAvailable: true);

    /// <summary>In-store merchants show their shop: a storefront photo (门头照) and an interior photo (店内环境照).</summary>
    public IReadOnlyList<RequirementRule> DefaultRequirements { get; } =
    [
        new(DocumentKind.StorefrontPhoto, platformCodes: [Code], anyOfScenes: Scenes.InStore),
        new(DocumentKind.InteriorPhoto, platformCodes: [Code], anyOfScenes: Scenes.InStore),
    ];
}
