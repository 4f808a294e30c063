using MerchantPortal.Domain.Platforms;
using MerchantPortal.Features.Catalogue;
using MerchantPortal.Platforms.WeChatPay;
using MerchantPortal.Tests.Support;

namespace MerchantPortal.Tests.Unit.Catalogue;

public class PlatformInputValidatorTests
{
    private static PlatformInput WeChatPay() => PlatformInput.From(new WeChatPayDefinition().DefaultCatalogueEntry);

    private static IReadOnlyList<string> Errors(PlatformInput input) =>
        [.. new PlatformInputValidator().Validate(input).Errors.Select(e => e.ErrorMessage)];

    [Fact]
    public void ADefaultCatalogueEntry_Passes() => Assert.Empty(Errors(WeChatPay()));

    [Fact]
    public void EveryText_IsRequiredInBothLanguages()
    {
        using var scope = new CultureScope("zh-CN");
        var input = WeChatPay();
        (input.FeeRateZh, input.FeeRateEn, input.NameEn) = ("  ", "", "");

        Assert.Equal(["请填写英文名称。", "请填写费率说明（中文）。", "请填写费率说明（英文）。"], Errors(input));
    }

    [Fact]
    public void ATextOverItsLimit_IsRefused_ButSurroundingSpacesDoNotCount()
    {
        using var scope = new CultureScope("en");
        var input = WeChatPay();
        input.NameEn = new string('x', PlatformInputValidator.MaxNameLength + 1);
        input.SettlementZh = $"  {new string('结', PlatformInputValidator.MaxTextLength)}  ";

        Assert.Equal(["Name in English can be at most 40 characters."], Errors(input));
    }

    [Fact]
    public void NoScenario_IsRefused()
    {
        using var scope = new CultureScope("en");
        var input = WeChatPay();
        input.Scenarios = PlatformScenarios.None;

        Assert.Equal(["Choose at least one scenario."], Errors(input));
    }

    [Fact]
    public void AnUnknownScenarioFlag_IsRefused()
    {
        var input = WeChatPay();
        input.Scenarios = PlatformScenarios.Online | (PlatformScenarios)64;

        Assert.Single(Errors(input));
    }

    [Fact]
    public void ApplyTo_TrimsEveryText()
    {
        var platform = new WeChatPayDefinition().DefaultCatalogueEntry;
        var input = PlatformInput.From(platform);
        (input.FeeRateZh, input.FeeRateEn) = (" 0.2%–0.6% ", " 0.2%–0.6% (typical) ");

        input.ApplyTo(platform);

        Assert.Equal(new LocalizedText("0.2%–0.6%", "0.2%–0.6% (typical)"), platform.FeeRate);
        Assert.Equal("微信支付", platform.Name.Zh);
    }
}
