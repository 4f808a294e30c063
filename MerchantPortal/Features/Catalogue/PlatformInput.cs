using MerchantPortal.Domain.Platforms;

namespace MerchantPortal.Features.Catalogue;

/// <summary>A platform's comparison facts as the edit dialog sends them, each text in both languages. The code only names the platform.</summary>
public sealed class PlatformInput
{
    public string Code { get; set; } = "";

    public string NameZh { get; set; } = "";

    public string NameEn { get; set; } = "";

    public string AudienceZh { get; set; } = "";

    public string AudienceEn { get; set; } = "";

    public PlatformScenarios Scenarios { get; set; }

    public string FeeRateZh { get; set; } = "";

    public string FeeRateEn { get; set; } = "";

    public string SettlementZh { get; set; } = "";

    public string SettlementEn { get; set; } = "";

    public string RequirementsZh { get; set; } = "";

    public string RequirementsEn { get; set; } = "";

    public static PlatformInput From(PaymentPlatform platform) => new()
    {
        Code = platform.Code,
        NameZh = platform.Name.Zh,
        NameEn = platform.Name.En,
        AudienceZh = platform.Audience.Zh,
        AudienceEn = platform.Audience.En,
        Scenarios = platform.Scenarios,
        FeeRateZh = platform.FeeRate.Zh,
        FeeRateEn = platform.FeeRate.En,
        SettlementZh = platform.Settlement.Zh,
        SettlementEn = platform.Settlement.En,
        RequirementsZh = platform.Requirements.Zh,
        RequirementsEn = platform.Requirements.En,
    };

    public void ApplyTo(PaymentPlatform platform) => platform.Describe(Text(NameZh, NameEn), Text(AudienceZh, AudienceEn), Scenarios,
        Text(FeeRateZh, FeeRateEn), Text(SettlementZh, SettlementEn), Text(RequirementsZh, RequirementsEn));

    private static LocalizedText Text(string zh, string en) => new(zh.Trim(), en.Trim());
}
