using MerchantPortal.Domain.Platforms;
using MerchantPortal.Domain.Requirements;

namespace MerchantPortal.Platforms.ApplePay;

/// <summary>Shown in the catalogue; selectable once its protocol (EC_v1 payment tokens) is built.</summary>
public sealed class ApplePayDefinition : IPlatformDefinition
{
    public const string Code = "applepay";

    public bool HasProtocol => false;

    public PaymentPlatform DefaultCatalogueEntry { get; } = new(
        Code, 30,
        new("Apple Pay", "Apple Pay"),
        new("iPhone 和 Apple Watch 用户，适合近场支付和 App 内支付", "iPhone and Apple Watch users; suits contactless and in-app payments"),
        PlatformScenarios.Nfc | PlatformScenarios.InApp | PlatformScenarios.Online,
        new("按收单银行费率", "The acquiring bank's rate"),
        new("按收单银行约定", "As agreed with the acquiring bank"),
        new("商户标识、域名验证、支付处理证书", "Merchant identifier, domain verification, payment processing certificate"),
        isAvailable: false);

    public IReadOnlyList<RequirementRule> DefaultRequirements { get; } = [];
}
