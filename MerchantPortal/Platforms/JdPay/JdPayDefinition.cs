using MerchantPortal.Domain.Platforms;
using MerchantPortal.Domain.Requirements;

namespace MerchantPortal.Platforms.JdPay;

/// <summary>Shown in the catalogue; selectable once its protocol is built.</summary>
public sealed class JdPayDefinition : IPlatformDefinition
{
    public const string Code = "jdpay";

    public bool HasProtocol => false;

    public PaymentPlatform DefaultCatalogueEntry { get; } = new(
        Code, 40,
        new("京东支付", "JD Pay"),
        new("京东用户，适合电商和京东生态内经营", "JD.com users; suits e-commerce and the JD ecosystem"),
        PlatformScenarios.Online | PlatformScenarios.InApp | PlatformScenarios.InStoreQr,
        new("0.6% 左右", "About 0.6%"),
        new("T+1 结算", "Settled T+1"),
        new("营业执照、法定代表人身份证、结算账户", "Business license, legal representative's ID, settlement account"),
        isAvailable: false);

    public IReadOnlyList<RequirementRule> DefaultRequirements { get; } = [];
}
