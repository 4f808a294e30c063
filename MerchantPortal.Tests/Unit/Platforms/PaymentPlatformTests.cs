using MerchantPortal.Domain;
using MerchantPortal.Domain.Platforms;
using MerchantPortal.Platforms;
using MerchantPortal.Platforms.Alipay;
using MerchantPortal.Platforms.ApplePay;
using MerchantPortal.Platforms.BaiduWallet;
using MerchantPortal.Platforms.JdPay;
using MerchantPortal.Platforms.WeChatPay;

namespace MerchantPortal.Tests.Unit.Platforms;

public class PaymentPlatformTests
{
    private static readonly IPlatformDefinition[] Definitions =
        [new AlipayDefinition(), new WeChatPayDefinition(), new ApplePayDefinition(), new JdPayDefinition(), new BaiduWalletDefinition()];

    [Fact]
    public void EveryFolder_OpensItsPlatformByDefault_ExactlyWhenItsProtocolIsBuilt() =>
        Assert.All(Definitions, d => Assert.Equal(d.HasProtocol, d.DefaultCatalogueEntry.IsAvailable));

    [Fact]
    public void OnlyAlipayAndWeChatPay_HaveTheirProtocolsBuilt() =>
        Assert.Equal(["alipay", "wechatpay"], Definitions.Where(d => d.HasProtocol).Select(d => d.DefaultCatalogueEntry.Code));

    [Fact]
    public void SetAvailable_WithoutAProtocol_IsRefused_AndTheEntryStaysClosed()
    {
        var applePay = new ApplePayDefinition().DefaultCatalogueEntry;

        var refused = Assert.Throws<DomainException>(() => applePay.SetAvailable(true, protocolBuilt: false));

        Assert.Equal(DomainErrors.PlatformProtocolMissing, refused.Code);
        Assert.False(applePay.IsAvailable);
    }

    [Fact]
    public void SetAvailable_ClosesAndReopensAPlatformWithItsProtocol()
    {
        var weChatPay = new WeChatPayDefinition().DefaultCatalogueEntry;

        weChatPay.SetAvailable(false, protocolBuilt: true);
        Assert.False(weChatPay.IsAvailable);
        weChatPay.SetAvailable(true, protocolBuilt: true);
        Assert.True(weChatPay.IsAvailable);
    }

    [Fact]
    public void ClosingAPlatformWithoutAProtocol_IsAllowed()
    {
        var jdPay = new JdPayDefinition().DefaultCatalogueEntry;

        jdPay.SetAvailable(false, protocolBuilt: false);

        Assert.False(jdPay.IsAvailable);
    }

    [Fact]
    public void Describe_ReplacesTheComparisonFacts_KeepingCodeAndOrder()
    {
        var alipay = new AlipayDefinition().DefaultCatalogueEntry;

        alipay.Describe(new("支付宝", "Alipay"), new("所有人", "Everyone"), PlatformScenarios.Online, new("0.6%", "0.6%"), new("T+0", "T+0"), new("执照", "License"));

        Assert.Equal(("alipay", 10, PlatformScenarios.Online), (alipay.Code, alipay.SortOrder, alipay.Scenarios));
        Assert.Equal(new LocalizedText("所有人", "Everyone"), alipay.Audience);
        Assert.Equal("License", alipay.Requirements.For("en"));
    }
}
