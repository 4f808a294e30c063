using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Platforms;
using MerchantPortal.Domain.Requirements;

namespace MerchantPortal.Platforms.WeChatPay;

public sealed class WeChatPayDefinition : IPlatformDefinition
{
    public const string Code = "wechatpay";

    public bool HasProtocol => true;

    public PaymentPlatform DefaultCatalogueEntry { get; } = new(
        Code, 20,
        new("微信支付", "WeChat Pay"),
        new("微信用户，适合社交场景、公众号和小程序经营", "WeChat users; suits social selling, official accounts and mini-programs"),
        PlatformScenarios.InStoreQr | PlatformScenarios.Online | PlatformScenarios.InApp | PlatformScenarios.MiniProgram,
        new("0.38%–0.6%", "0.38%–0.6%"),
        new("T+1 结算，部分行业 T+7", "Settled T+1; T+7 in some industries"),
        new("营业执照、法定代表人身份证、结算账户；线下门店另需门头照和店内环境照", "Business license, legal representative's ID, settlement account; in-store also needs storefront and interior photos"),
        isAvailable: true);

    /// <summary>In-store merchants show their shop: a storefront photo (门头照) and an interior photo (店内环境照).</summary>
    public IReadOnlyList<RequirementRule> DefaultRequirements { get; } =
    [
        new(DocumentKind.StorefrontPhoto, platformCodes: [Code], anyOfScenes: Scenes.InStore),
        new(DocumentKind.InteriorPhoto, platformCodes: [Code], anyOfScenes: Scenes.InStore),
    ];
}
