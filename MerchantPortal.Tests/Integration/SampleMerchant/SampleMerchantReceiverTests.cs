using System.Net;
using System.Text;
using MerchantPortal.Features.SampleMerchant;
using MerchantPortal.Platforms.Alipay.Client;
using MerchantPortal.Platforms.WeChatPay.Client;
using MerchantPortal.Platforms.WeChatPay.Protocol;
using MerchantPortal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.SampleMerchant;

/// <summary>
/// The sample merchant receiver, fed the notifications the sandbox really sent: it acknowledges genuine ones as the
/// platform expects, refuses forged ones, handles a replay once — and misbehaves exactly as asked.
/// </summary>
public class SampleMerchantReceiverTests(SandboxPortalFactory factory) : IClassFixture<SandboxPortalFactory>
{
    [Fact]
    public async Task AnAlipayNotification_IsAcknowledgedOnce_AForgeryRefused_AndTheMistakesShowWhenAsked()
    {
        var app = await AlipaySandboxSeed.AppAsync(factory);
        var url = $"http://localhost{SampleMerchantEndpoints.BasePath}/alipay/{app.AppId}";
        await new AlipayClient(factory.CreateClient(), app.ClientOptions(factory), factory.Clock).PrecreateAsync("SAMPLE-1", "8.00", "样例", url);
        await PayAsync(async sp => await sp.GetRequiredService<MerchantPortal.Platforms.Sandbox.SandboxBuyer>().PayAsync(await QrCodeAsync(app)));
        var body = (await ReceivedAsync(url)).Body;
        var forged = body.Replace("total_amount=8.00", "total_amount=0.01", StringComparison.Ordinal);

        var first = await PostFormAsync(url, body);
        var replay = await PostFormAsync(url, body);
        var refused = await PostFormAsync(url, forged);
        var careless = await PostFormAsync(url + "?behaviour=AcceptsForgeries", forged);
        var wrongWords = await PostFormAsync(url + "?behaviour=WrongAcknowledgement", body);

        Assert.Equal((HttpStatusCode.OK, "success"), first);
        Assert.Equal((HttpStatusCode.OK, "success"), replay);
        Assert.Equal((HttpStatusCode.BadRequest, "fail"), refused);
        Assert.Equal((HttpStatusCode.OK, "success"), careless);
        Assert.Equal((HttpStatusCode.OK, "SUCCESS"), wrongWords);
        Assert.Equal(1, await ReceiptsAsync(app.AppId));
    }

    [Fact]
    public async Task AWeChatPayNotification_IsAcknowledgedOnce_AForgeryRefused_AndTheMistakesShowWhenAsked()
    {
        var app = await WeChatPaySandboxSeed.AppAsync(factory);
        var url = $"http://localhost{SampleMerchantEndpoints.BasePath}/wechatpay/{app.MchId}";
        var codeUrl = (await new WeChatPayClient(factory.CreateClient(), app.ClientOptions(factory), factory.Clock).NativeAsync("SAMPLE-2", 800, "样例", url)).Field("code_url");
        await PayAsync(sp => sp.GetRequiredService<MerchantPortal.Platforms.Sandbox.SandboxBuyer>().PayAsync(codeUrl));
        var received = await ReceivedAsync(url);
        var forged = received with { Body = received.Body.Replace("\"nonce\":\"", "\"nonce\":\"X", StringComparison.Ordinal) };

        var first = await PostJsonAsync(url, received);
        var replay = await PostJsonAsync(url, received);
        var refused = await PostJsonAsync(url, forged);
        var careless = await PostJsonAsync(url + "?behaviour=AcceptsForgeries", forged);
        var wrongStatus = await PostJsonAsync(url + "?behaviour=WrongAcknowledgement", received);

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, replay.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("FAIL", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NoContent, careless.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, wrongStatus.StatusCode);
        Assert.Equal(1, await ReceiptsAsync(app.AppId));
    }

    private Task PayAsync(Func<IServiceProvider, Task> pay) => factory.WithServicesAsync(async sp =>
    {
        await pay(sp);
        return true;
    });

    private async Task<string> QrCodeAsync(AlipaySandboxApp app)
    {
        await using var db = await factory.CreateDbContextAsync();
        var credentials = await db.Credentials.SingleAsync(c => c.AppId == app.AppId);
        var trade = await db.Set<MerchantPortal.Platforms.Alipay.Sandbox.AlipaySandboxTrade>().SingleAsync(t => t.CredentialsId == credentials.Id);
        return $"http://localhost/sandbox/alipay/qr/{trade.TradeNo}";
    }

    private async Task<Received> ReceivedAsync(string url)
    {
        for (var i = 0; i < 100 && !factory.Merchant.Received.Any(r => r.Url.ToString() == url); i++)
        {
            await Task.Delay(100);
        }

        return factory.Merchant.Received.First(r => r.Url.ToString() == url);
    }

    private async Task<(HttpStatusCode, string)> PostFormAsync(string url, string body)
    {
        using var client = factory.CreateClient();
        using var answer = await client.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"));
        return (answer.StatusCode, await answer.Content.ReadAsStringAsync());
    }

    private async Task<HttpResponseMessage> PostJsonAsync(string url, Received notification)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(notification.Body, Encoding.UTF8, "application/json") };
        foreach (var name in new[] { WeChatPaySignedHeaders.TimestampHeader, WeChatPaySignedHeaders.NonceHeader, WeChatPaySignedHeaders.SignatureHeader, WeChatPaySignedHeaders.SerialHeader })
        {
            request.Headers.TryAddWithoutValidation(name, notification.Headers[name]);
        }

        return await client.SendAsync(request);
    }

    private async Task<int> ReceiptsAsync(string appId)
    {
        await using var db = await factory.CreateDbContextAsync();
        var credentialsId = await db.Credentials.Where(c => c.AppId == appId).Select(c => c.Id).SingleAsync();
        return await db.Set<SampleReceipt>().CountAsync(r => r.CredentialsId == credentialsId);
    }
}
