using MerchantPortal.Domain.Platforms;
using MerchantPortal.Domain.Requirements;

namespace MerchantPortal.Platforms.BaiduWallet;

/// <summary>Shown in the catalogue; selectable once its protocol is built.</summary>
public sealed class BaiduWalletDefinition : IPlatformDefinition
{
    public const string Code = "baiduwallet";

    public bool HasProtocol => false;

    public PaymentPlatform DefaultCatalogueEntry { get; } = new(
        Code, 50,
        new("百度钱包", "Baidu Wallet"),
        new("百度用户，适合百度 App 和智能小程序内经营", "Baidu users; suits the Baidu app and its smart mini-programs"),
        PlatformScenarios.Online | PlatformScenarios.InApp | PlatformScenarios.MiniProgram,
        new("0.6% 左右", "About 0.6%"),
        new("T+1 结算", "Settled T+1"),
        new("营业执照、法定代表人身份证、结算账户", "Business license, legal representative's ID, settlement account"),
        isAvailable: false);

    public IReadOnlyList<RequirementRule> DefaultRequirements { get; } = [];
}
