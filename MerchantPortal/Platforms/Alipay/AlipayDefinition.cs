using MerchantPortal.Domain.Platforms;

namespace MerchantPortal.Platforms.Alipay;

public sealed class AlipayDefinition : IPlatformDefinition
{
    public const string Code = "alipay";

    public PaymentPlatform DefaultCatalogueEntry { get; } = new(
        Code, 10,
        new("支付宝", "Alipay"),
        new("中国内地用户最多的数字钱包之一，覆盖线上线下各类消费者", "One of mainland China's most used wallets, across online and offline shoppers"),
        PlatformScenarios.InStoreQr | PlatformScenarios.Online | PlatformScenarios.InApp | PlatformScenarios.MiniProgram,
        new("0.38%–0.6%", "0.38%–0.6%"),
        new("T+1 结算到对公或对私账户", "Settled T+1 to a corporate or personal account"),
        new("营业执照、法定代表人身份证、结算账户；线下门店另需门头照和店内环境照", "Business license, legal representative's ID, settlement account; in-store also needs storefront and interior photos"),
        isAvailable: true);
}
