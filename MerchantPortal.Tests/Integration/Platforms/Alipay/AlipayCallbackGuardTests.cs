using MerchantPortal.Platforms.Alipay.Client;
using MerchantPortal.Platforms.Alipay.Sandbox;
using MerchantPortal.Platforms.Sandbox;
using MerchantPortal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Platforms.Alipay;

/// <summary>The sandbox's real outbound client: a merchant's notify_url cannot make the portal call into a private network.</summary>
public class AlipayCallbackGuardTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("http://127.0.0.1/notify", "private, loopback or link-local")]
    [InlineData("http://169.254.169.254/latest/meta-data", "private, loopback or link-local")]
    [InlineData("http://10.0.0.1/notify", "private, loopback or link-local")]
    [InlineData("http://[::ffff:127.0.0.1]/notify", "private, loopback or link-local")]
    [InlineData("https://merchant.example:6379/notify", "port 6379")]
    public async Task ANotificationToAPrivateAddressOrAnotherPort_IsNotSent_AndTheOutcomeSaysWhy(string notifyUrl, string why)
    {
        var app = await AlipaySandboxSeed.AppAsync(factory);
        var outTradeNo = "SSRF-" + Guid.NewGuid().ToString("N")[..8];
        await new AlipayClient(factory.CreateClient(), app.ClientOptions(factory), factory.Clock).PrecreateAsync(outTradeNo, "1.00", "测试", notifyUrl);
        await using (var scope = factory.Services.CreateAsyncScope())
        await using (var db = await factory.CreateDbContextAsync())
        {
            var credentials = await db.Credentials.Include(c => c.Keys).SingleAsync(c => c.AppId == app.AppId);
            var trade = await db.Set<AlipaySandboxTrade>().SingleAsync(t => t.CredentialsId == credentials.Id && t.OutTradeNo == outTradeNo);
            await scope.ServiceProvider.GetRequiredService<AlipaySandboxTrades>().PayAsync(db, trade, credentials);
        }

        await factory.Services.GetRequiredService<SandboxCallbackDispatcher>().DispatchDueAsync();

        await using var check = await factory.CreateDbContextAsync();
        var callback = await check.Set<SandboxCallback>().SingleAsync(c => c.Url == notifyUrl && c.CredentialsId == check.Credentials.Single(x => x.AppId == app.AppId).Id);
        Assert.Null(callback.DeliveredAtUtc);
        Assert.Contains(why, callback.LastOutcome);
    }
}
