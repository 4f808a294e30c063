using MerchantPortal.Domain.Credentials;
using MerchantPortal.Features.Credentials;
using MerchantPortal.Platforms.Alipay.Client;
using MerchantPortal.Platforms.Alipay.Sandbox;
using MerchantPortal.Platforms.Sandbox;
using MerchantPortal.Tests.Support;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Platforms.Alipay;

/// <summary>The portal's Alipay client against its sandbox: a trade's whole life, notifications, and keys that rotate.</summary>
public class AlipayClientTests(SandboxPortalFactory factory) : IClassFixture<SandboxPortalFactory>
{
    [Fact]
    public async Task ATradesLife_PrecreatePayNotifyQueryRefundClose_SpeaksAlipaysFields()
    {
        var app = await AlipaySandboxSeed.AppAsync(factory);
        var client = Client(app.ClientOptions(factory));
        var notifyUrl = $"https://merchant.example/alipay/{Guid.NewGuid():N}";

        var created = await client.PrecreateAsync("LIFE-1", "100.00", "年卡", notifyUrl);
        var waiting = await client.QueryAsync("LIFE-1");
        await PayAsync(app, "LIFE-1");
        var (_, contentType, body, _) = await NotificationAsync(notifyUrl, 1);
        var paid = await client.QueryAsync("LIFE-1");
        var refund = await client.RefundAsync("LIFE-1", "30.00", "R-1");
        var again = await client.RefundAsync("LIFE-1", "30.00", "R-1");
        var tooMuch = await client.RefundAsync("LIFE-1", "70.01", "R-2");
        var sameNumberOtherAmount = await client.RefundAsync("LIFE-1", "31.00", "R-1");
        var closePaid = await client.CloseAsync("LIFE-1");
        await client.PrecreateAsync("LIFE-2", "0.01", "未付款", notifyUrl);
        var closed = await client.CloseAsync("LIFE-2");
        var closedQuery = await client.QueryAsync("LIFE-2");

        Assert.True(created.IsSuccess);
        Assert.Equal(("WAIT_BUYER_PAY", "100.00"), (waiting.Field("trade_status"), waiting.Field("total_amount")));
        var form = Form(body);
        Assert.StartsWith("application/x-www-form-urlencoded", contentType);
        Assert.Equal(("trade_status_sync", "TRADE_SUCCESS", "LIFE-1", "100.00"), (form["notify_type"], form["trade_status"], form["out_trade_no"], form["total_amount"]));
        Assert.True(AlipayNotificationVerifier.Verify(form, [app.PlatformPublicKey]));
        Assert.Equal(("TRADE_SUCCESS", "100.00"), (paid.Field("trade_status"), paid.Field("buyer_pay_amount")));
        Assert.Equal(("Y", "30.00"), (refund.Field("fund_change"), refund.Field("refund_fee")));
        Assert.Equal(("N", "30.00"), (again.Field("fund_change"), again.Field("refund_fee")));
        Assert.Equal(("40004", "ACQ.REFUND_AMT_NOT_EQUAL_TOTAL"), (tooMuch.Code, tooMuch.SubCode));
        Assert.Equal("ACQ.INVALID_PARAMETER", sameNumberOtherAmount.SubCode);
        Assert.Equal("ACQ.TRADE_STATUS_ERROR", closePaid.SubCode);
        Assert.True(closed.IsSuccess);
        Assert.Equal("TRADE_CLOSED", closedQuery.Field("trade_status"));
    }

    [Fact]
    public async Task ANotificationChangedInAnyField_OrSignedByAnotherKey_DoesNotVerify()
    {
        var app = await AlipaySandboxSeed.AppAsync(factory);
        var other = await AlipaySandboxSeed.AppAsync(factory);
        var notifyUrl = $"https://merchant.example/alipay/{Guid.NewGuid():N}";
        await Client(app.ClientOptions(factory)).PrecreateAsync("FORGE-1", "12.50", "测试", notifyUrl);
        await PayAsync(app, "FORGE-1");
        var form = Form((await NotificationAsync(notifyUrl, 1)).Body);

        Assert.True(AlipayNotificationVerifier.Verify(form, [app.PlatformPublicKey]));
        Assert.False(AlipayNotificationVerifier.Verify(form, [other.PlatformPublicKey]));
        foreach (var name in form.Keys.Where(k => k is not ("sign" or "sign_type")))
        {
            var forged = new Dictionary<string, string?>(form) { [name] = form[name] + "1" };
            Assert.False(AlipayNotificationVerifier.Verify(forged, [app.PlatformPublicKey]), name);
        }
    }

    [Fact]
    public async Task ANotificationNotAnsweredSuccess_IsRetriedOnTheCompressedSchedule_UntilItIs()
    {
        var app = await AlipaySandboxSeed.AppAsync(factory);
        var notifyUrl = $"https://merchant.example/alipay/{Guid.NewGuid():N}";
        await Client(app.ClientOptions(factory)).PrecreateAsync("RETRY-1", "1.00", "重试", notifyUrl);
        var dispatcher = factory.Services.GetRequiredService<SandboxCallbackDispatcher>();
        factory.Merchant.Reply = "fail";
        try
        {
            await PayAsync(app, "RETRY-1");
            await NotificationAsync(notifyUrl, 1);
            var afterFirst = await CallbackAsync(notifyUrl);
            factory.Clock.Advance(TimeSpan.FromSeconds(4));
            await dispatcher.DispatchDueAsync();
            factory.Merchant.Reply = "success";
            factory.Clock.Advance(TimeSpan.FromSeconds(10));
            await dispatcher.DispatchDueAsync();
            var delivered = await CallbackAsync(notifyUrl);

            Assert.Equal(1, afterFirst.Attempts);
            Assert.Equal(afterFirst.LastAttemptAtUtc + TimeSpan.FromSeconds(4), afterFirst.NextAttemptAtUtc);
            Assert.Equal("HTTP 200: fail", afterFirst.LastOutcome);
            Assert.Equal(3, delivered.Attempts);
            Assert.NotNull(delivered.DeliveredAtUtc);
            Assert.Null(delivered.NextAttemptAtUtc);
        }
        finally
        {
            factory.Merchant.Reply = "success";
        }
    }

    [Fact]
    public async Task DuringARotationsOverlap_BothMerchantKeysAreAccepted_AndAfterItOnlyTheNewOne()
    {
        var app = await AlipaySandboxSeed.AppAsync(factory);
        var newPem = await factory.WithServicesAsync(async sp =>
        {
            var credentials = sp.GetRequiredService<CredentialService>();
            var keyId = await sp.GetRequiredService<KeyService>().GenerateKeyAsync(app.Owner.Id, app.EnrollmentId, keep: false, overlap: TimeSpan.FromHours(1));
            return (await credentials.TakePrivateKeyAsync(app.Owner.Id, keyId)).Pem;
        });
        var oldClient = Client(app.ClientOptions(factory));
        var newClient = Client(app.ClientOptions(factory) with { PrivateKey = newPem });

        var oldDuring = await oldClient.QueryAsync("NONE");
        var newDuring = await newClient.QueryAsync("NONE");
        factory.Clock.Advance(TimeSpan.FromHours(1));
        var oldAfter = await oldClient.QueryAsync("NONE");
        var newAfter = await newClient.QueryAsync("NONE");

        Assert.Equal("ACQ.TRADE_NOT_EXIST", oldDuring.SubCode);
        Assert.Equal("ACQ.TRADE_NOT_EXIST", newDuring.SubCode);
        Assert.Equal("isv.invalid-signature", oldAfter.SubCode);
        Assert.Equal("ACQ.TRADE_NOT_EXIST", newAfter.SubCode);
    }

    [Fact]
    public async Task AfterThePlatformKeyRotates_AClientThatKnowsOnlyTheOldKey_RefusesTheAnswers()
    {
        var app = await AlipaySandboxSeed.AppAsync(factory);
        await factory.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<KeyService>().RotatePlatformKeyAsync(app.Owner.Id, app.EnrollmentId, TimeSpan.FromHours(1));
            return true;
        });
        var keys = (await factory.WithServicesAsync(sp => sp.GetRequiredService<CredentialService>().GetAsync(app.Owner.Id, app.Owner.OrganizationId!.Value)))!
            .Platforms.Single().Sandbox!.PlatformKeys.Select(k => k.PublicKey).ToList();

        var withBoth = await Client(app.ClientOptions(factory) with { PlatformPublicKeys = keys }).QueryAsync("NONE");

        Assert.Equal(2, keys.Count);
        Assert.Equal("ACQ.TRADE_NOT_EXIST", withBoth.SubCode);
        await Assert.ThrowsAsync<AlipayProtocolException>(() => Client(app.ClientOptions(factory)).QueryAsync("NONE"));
    }

    private AlipayClient Client(AlipayClientOptions options) => new(factory.CreateClient(), options, factory.Clock);

    private async Task PayAsync(AlipaySandboxApp app, string outTradeNo)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await using var db = await factory.CreateDbContextAsync();
        var credentials = await db.Credentials.Include(c => c.Keys).SingleAsync(c => c.AppId == app.AppId);
        var trade = await db.Set<AlipaySandboxTrade>().SingleAsync(t => t.CredentialsId == credentials.Id && t.OutTradeNo == outTradeNo);
        await scope.ServiceProvider.GetRequiredService<AlipaySandboxTrades>().PayAsync(db, trade, credentials);
    }

    private async Task<Received> NotificationAsync(string url, int count)
    {
        for (var i = 0; i < 100 && factory.Merchant.Received.Count(r => r.Url.ToString() == url) < count; i++)
        {
            await Task.Delay(100);
        }

        return factory.Merchant.Received.Where(r => r.Url.ToString() == url).ElementAt(count - 1);
    }

    private async Task<(int Attempts, DateTime? NextAttemptAtUtc, DateTime? DeliveredAtUtc, string? LastOutcome, DateTime LastAttemptAtUtc)> CallbackAsync(string url)
    {
        await using var db = await factory.CreateDbContextAsync();
        var callback = await db.Set<SandboxCallback>().SingleAsync(c => c.Url == url);
        return (callback.Attempts, callback.NextAttemptAtUtc, callback.DeliveredAtUtc, callback.LastOutcome, factory.Clock.GetUtcNow().UtcDateTime);
    }

    private static Dictionary<string, string?> Form(string body) =>
        QueryHelpers.ParseQuery(body).ToDictionary(p => p.Key, p => (string?)p.Value.ToString());
}
