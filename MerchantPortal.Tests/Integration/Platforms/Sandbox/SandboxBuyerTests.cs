using MerchantPortal.Platforms.Alipay.Client;
using MerchantPortal.Platforms.Sandbox;
using MerchantPortal.Platforms.WeChatPay.Client;
using MerchantPortal.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Platforms.Sandbox;

/// <summary>The simulated buyer pays what a customer would scan; the documented test amounts force their outcomes.</summary>
public class SandboxBuyerTests(SandboxPortalFactory factory) : IClassFixture<SandboxPortalFactory>
{
    [Theory]
    [InlineData("0.41", SandboxPaymentOutcome.Declined, "WAIT_BUYER_PAY")]
    [InlineData("0.42", SandboxPaymentOutcome.NeverPaid, "WAIT_BUYER_PAY")]
    [InlineData("0.43", SandboxPaymentOutcome.Paid, "TRADE_SUCCESS")]
    public async Task AnAlipayQrCode_IsPaid_AsItsAmountSays(string amount, SandboxPaymentOutcome expected, string tradeStatus)
    {
        var app = await AlipaySandboxSeed.AppAsync(factory);
        var client = new AlipayClient(factory.CreateClient(), app.ClientOptions(factory), factory.Clock);
        var qrCode = (await client.PrecreateAsync("BUY-" + amount, amount, "测试", "https://merchant.example/alipay")).Field("qr_code");

        var order = await BuyerAsync(b => b.FindAsync(qrCode));
        var outcome = await BuyerAsync(b => b.PayAsync(qrCode));
        var again = await BuyerAsync(b => b.PayAsync(qrCode));

        Assert.Equal(("alipay", int.Parse(amount.Replace(".", ""), System.Globalization.CultureInfo.InvariantCulture), true), (order!.PlatformCode, order.TotalFen, order.Payable));
        Assert.Equal(expected, outcome);
        Assert.Equal(tradeStatus, (await client.QueryAsync("BUY-" + amount)).Field("trade_status"));
        Assert.Equal(expected == SandboxPaymentOutcome.Paid ? SandboxPaymentOutcome.NotPayable : expected, again);
    }

    [Theory]
    [InlineData(41, SandboxPaymentOutcome.Declined, "PAYERROR")]
    [InlineData(42, SandboxPaymentOutcome.NeverPaid, "NOTPAY")]
    [InlineData(43, SandboxPaymentOutcome.Paid, "SUCCESS")]
    public async Task AWeChatPayCodeUrl_IsPaid_AsItsAmountSays(int fen, SandboxPaymentOutcome expected, string tradeState)
    {
        var app = await WeChatPaySandboxSeed.AppAsync(factory);
        var client = new WeChatPayClient(factory.CreateClient(), app.ClientOptions(factory), factory.Clock);
        var codeUrl = (await client.NativeAsync("BUY-" + fen, fen, "测试", "https://merchant.example/wx")).Field("code_url");

        var outcome = await BuyerAsync(b => b.PayAsync(codeUrl));

        Assert.Equal(expected, outcome);
        Assert.Equal(tradeState, (await client.QueryAsync("BUY-" + fen)).Field("trade_state"));
    }

    [Theory]
    [InlineData("weixin://wxpay/bizpayurl?pr=nosuchorder")]
    [InlineData("http://127.0.0.1/sandbox/alipay/qr/2026112600000000000000000000")]
    [InlineData("https://example.com/anything")]
    [InlineData("")]
    public async Task ACodeOfNoOrder_FindsAndPaysNothing(string code)
    {
        Assert.Null(await BuyerAsync(b => b.FindAsync(code)));
        Assert.Null(await BuyerAsync(b => b.PayAsync(code)));
    }

    private Task<T> BuyerAsync<T>(Func<SandboxBuyer, Task<T>> action) => factory.WithServicesAsync(sp => action(sp.GetRequiredService<SandboxBuyer>()));
}
