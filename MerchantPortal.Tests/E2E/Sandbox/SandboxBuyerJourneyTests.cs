using MerchantPortal.Platforms.Alipay.Client;
using MerchantPortal.Platforms.WeChatPay.Client;
using MerchantPortal.Tests.Support;
using Microsoft.Playwright;

namespace MerchantPortal.Tests.E2E.Sandbox;

/// <summary>A customer, not signed in, pays an Alipay QR code by opening it, and enters a WeChat Pay code_url whose test amount is declined.</summary>
[Collection(BrowserCollection.Name)]
public class SandboxBuyerJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task ABuyer_PaysAnAlipayQrCode_AndIsDeclinedOnAWeChatPayTestAmount()
    {
        var portal = browser.Portal;
        using var http = new HttpClient();
        var alipay = await AlipaySandboxSeed.AppAsync(portal);
        var alipayClient = new AlipayClient(http, alipay.ClientOptions(portal), portal.Clock);
        var qrCode = (await alipayClient.PrecreateAsync("E2E-BUY-1", "12.80", "会员年卡", "https://merchant.example/alipay")).Field("qr_code")!;
        var wechat = await WeChatPaySandboxSeed.AppAsync(portal);
        var wechatClient = new WeChatPayClient(http, wechat.ClientOptions(portal), portal.Clock);
        var codeUrl = (await wechatClient.NativeAsync("E2E-BUY-2", 41, "测试拒付", "https://merchant.example/wx")).Field("code_url")!;
        var page = await browser.NewPageAsync();

        await page.GotoAsync(qrCode);
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.Locator("[data-testid=buyer-amount]")).ToHaveTextAsync("¥12.80");
        await page.Locator("[data-testid=buyer-pay]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=buyer-outcome]")).ToHaveAttributeAsync("data-outcome", "Paid");
        await page.ScreenshotWholeAsync(Path.Combine(BrowserFixture.ScreenshotDirectory, "sandbox-buyer-zh-CN.png"));
        Assert.Equal("TRADE_SUCCESS", (await alipayClient.QueryAsync("E2E-BUY-1")).Field("trade_status"));

        await page.GotoAsync("/sandbox/buyer");
        await page.WaitForCircuitAsync();
        await page.Locator("[data-testid=buyer-code]").FillAsync(codeUrl);
        await page.Locator("[data-testid=buyer-lookup]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=buyer-amount]")).ToHaveTextAsync("¥0.41");
        await page.Locator("[data-testid=buyer-pay]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=buyer-outcome]")).ToHaveAttributeAsync("data-outcome", "Declined");
        Assert.Equal("PAYERROR", (await wechatClient.QueryAsync("E2E-BUY-2")).Field("trade_state"));
    }
}
