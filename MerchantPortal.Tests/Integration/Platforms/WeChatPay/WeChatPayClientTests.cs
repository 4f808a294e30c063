using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MerchantPortal.Domain.Credentials;
using MerchantPortal.Features.Credentials;
using MerchantPortal.Platforms.WeChatPay.Client;
using MerchantPortal.Platforms.WeChatPay.Protocol;
using MerchantPortal.Platforms.WeChatPay.Sandbox;
using MerchantPortal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Platforms.WeChatPay;

/// <summary>The portal's WeChat Pay client against its sandbox: an order's life, encrypted notifications, both kinds of platform key.</summary>
public class WeChatPayClientTests(SandboxPortalFactory factory) : IClassFixture<SandboxPortalFactory>
{
    [Fact]
    public async Task AnOrdersLife_NativePayQueryRefundClose_SpeaksWeChatPaysFieldsAndStatuses()
    {
        var app = await WeChatPaySandboxSeed.AppAsync(factory);
        var client = Client(app);

        var created = await client.NativeAsync("LIFE-1", 10000, "年卡", "https://merchant.example/wx/" + Guid.NewGuid().ToString("N"));
        var unpaid = await client.QueryAsync("LIFE-1");
        await PayAsync(app, "LIFE-1");
        var paid = await client.QueryAsync("LIFE-1");
        var refund = await client.RefundAsync("LIFE-1", "R-1", 3000, 10000);
        var again = await client.RefundAsync("LIFE-1", "R-1", 3000, 10000);
        var tooMuch = await client.RefundAsync("LIFE-1", "R-2", 7001, 10000);
        var refundQuery = await client.QueryRefundAsync("R-1");
        var closePaid = await client.CloseAsync("LIFE-1");
        await client.NativeAsync("LIFE-2", 1, "未付款", "https://merchant.example/wx");
        var closed = await client.CloseAsync("LIFE-2");
        var closedQuery = await client.QueryAsync("LIFE-2");
        var missing = await client.QueryAsync("NEVER");

        Assert.StartsWith("weixin://wxpay/bizpayurl?pr=", created.Field("code_url"));
        Assert.Equal("NOTPAY", unpaid.Field("trade_state"));
        Assert.Equal(("SUCCESS", 10000), (paid.Field("trade_state"), paid.Body.GetProperty("amount").GetProperty("payer_total").GetInt32()));
        Assert.Equal(("SUCCESS", 3000), (refund.Field("status"), refund.Body.GetProperty("amount").GetProperty("refund").GetInt32()));
        Assert.Equal(refund.Field("refund_id"), again.Field("refund_id"));
        Assert.Equal((400, "INVALID_REQUEST"), (tooMuch.Status, tooMuch.Code));
        Assert.Equal("SUCCESS", refundQuery.Field("status"));
        Assert.Equal((400, "ORDERPAID"), (closePaid.Status, closePaid.Code));
        Assert.Equal(204, closed.Status);
        Assert.Equal("CLOSED", closedQuery.Field("trade_state"));
        Assert.Equal((404, "ORDER_NOT_EXIST"), (missing.Status, missing.Code));
    }

    [Fact]
    public async Task ANotificationTheSandboxSends_IsVerifiedAndDecryptedByTheClient_AndAFlippedCiphertextByteIsRefused()
    {
        var app = await WeChatPaySandboxSeed.AppAsync(factory);
        var url = "https://merchant.example/wx/" + Guid.NewGuid().ToString("N");
        await Client(app).NativeAsync("NOTIFY-1", 2500, "测试", url);
        await PayAsync(app, "NOTIFY-1");
        var (headers, body) = await NotificationAsync(url);
        var verifier = new WeChatPayVerifier(WeChatPayClient.LoadKeys(app.ClientOptions(factory).PlatformKeys), factory.Clock);
        byte[][] apiV3Keys = [Encoding.ASCII.GetBytes(app.ApiV3Key)];

        var notification = WeChatPayNotificationParser.Parse(headers, body, verifier, apiV3Keys);
        var flipped = FlipCiphertextByte(body);

        Assert.Equal(("TRANSACTION.SUCCESS", "transaction"), (notification.EventType, notification.OriginalType));
        using var resource = JsonDocument.Parse(notification.Plaintext);
        Assert.Equal(("NOTIFY-1", "SUCCESS", 2500), (resource.RootElement.GetProperty("out_trade_no").GetString(), resource.RootElement.GetProperty("trade_state").GetString(),
            resource.RootElement.GetProperty("amount").GetProperty("total").GetInt32()));
        Assert.Throws<WeChatPayProtocolException>(() => WeChatPayNotificationParser.Parse(headers, flipped, verifier, apiV3Keys));
        using var envelope = JsonDocument.Parse(flipped);
        var sealedResource = envelope.RootElement.GetProperty("resource");
        Assert.ThrowsAny<CryptographicException>(() => AeadAesGcm.Decrypt(apiV3Keys[0], sealedResource.GetProperty("nonce").GetString()!, "transaction",
            sealedResource.GetProperty("ciphertext").GetString()!));
    }

    [Fact]
    public async Task InCertificateMode_TheSandboxSignsUnderTheCertificatesSerial_AndAClientWithOnlyTheCertificateVerifies()
    {
        var app = await WeChatPaySandboxSeed.AppAsync(factory);
        await factory.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<CredentialService>().SetPlatformKeyModeAsync(app.Owner.Id, app.EnrollmentId, PlatformKeyMode.Certificate);
            return true;
        });
        var certificateOnly = app.ClientOptions(factory) with { PlatformKeys = new Dictionary<string, string> { [app.PlatformKey.CertificateSerial!] = app.PlatformKey.CertificatePem! } };
        var publicKeyOnly = app.ClientOptions(factory) with { PlatformKeys = new Dictionary<string, string> { [app.PlatformKey.KeyId!] = app.PlatformKey.PublicKeyPem } };

        var answered = await new WeChatPayClient(factory.CreateClient(), certificateOnly, factory.Clock).QueryAsync("NONE");

        Assert.Equal("ORDER_NOT_EXIST", answered.Code);
        await Assert.ThrowsAsync<WeChatPayProtocolException>(() => new WeChatPayClient(factory.CreateClient(), publicKeyOnly, factory.Clock).QueryAsync("NONE"));
    }

    [Theory]
    [InlineData(404, "ABNORMAL", "REFUND.ABNORMAL")]
    [InlineData(410, "CLOSED", "REFUND.CLOSED")]
    [InlineData(405, "SUCCESS", "REFUND.SUCCESS")]
    public async Task ARefundsOutcome_FollowsTheSandboxsMagicAmounts_AndIsNotified(int fen, string status, string eventType)
    {
        var app = await WeChatPaySandboxSeed.AppAsync(factory);
        var url = "https://merchant.example/wx/" + Guid.NewGuid().ToString("N");
        var client = Client(app);
        await client.NativeAsync("MAGIC-" + fen, 1000, "退款结果", url);
        await PayAsync(app, "MAGIC-" + fen);

        var refund = await client.RefundAsync("MAGIC-" + fen, "MR-" + fen, fen, 1000);
        var order = await client.QueryAsync("MAGIC-" + fen);
        var verifier = new WeChatPayVerifier(WeChatPayClient.LoadKeys(app.ClientOptions(factory).PlatformKeys), factory.Clock);
        var notifications = await NotificationsAsync(url, 2);
        var refundNotification = WeChatPayNotificationParser.Parse(notifications[1].Headers, notifications[1].Body, verifier, [Encoding.ASCII.GetBytes(app.ApiV3Key)]);

        Assert.Equal(status, refund.Field("status"));
        Assert.Equal(status == "SUCCESS" ? "REFUND" : "SUCCESS", order.Field("trade_state"));
        Assert.Equal(eventType, refundNotification.EventType);
        using var resource = JsonDocument.Parse(refundNotification.Plaintext);
        Assert.Equal(status, resource.RootElement.GetProperty("refund_status").GetString());
    }

    [Fact]
    public async Task OrderNumbersWithWeChatPaysSpecialCharacters_AreSignedAndFoundAsSent_AndOthersAreRefused()
    {
        var app = await WeChatPaySandboxSeed.AppAsync(factory);
        var client = Client(app);

        var created = await client.NativeAsync("A*B|C-D_1", 100, "特殊字符", "https://merchant.example/wx");
        var found = await client.QueryAsync("A*B|C-D_1");
        var slash = await client.NativeAsync("A/B-123", 100, "斜杠", "https://merchant.example/wx");

        Assert.True(created.IsSuccess, created.Message);
        Assert.Equal("NOTPAY", found.Field("trade_state"));
        Assert.Equal((400, "PARAM_ERROR"), (slash.Status, slash.Code));
    }

    [Fact]
    public async Task ARefusalOfTheRequestsOwnSignature_ComesUnsigned_AndTheClientReportsItAsSuch()
    {
        var app = await WeChatPaySandboxSeed.AppAsync(factory);
        var other = await WeChatPaySandboxSeed.AppAsync(factory);

        var refused = await new WeChatPayClient(factory.CreateClient(), app.ClientOptions(factory) with { PrivateKeyPem = other.PrivateKeyPem }, factory.Clock).QueryAsync("NONE");

        Assert.Equal((401, "SIGN_ERROR", false), (refused.Status, refused.Code, refused.Verified));
    }

    private WeChatPayClient Client(WeChatPaySandboxApp app) => new(factory.CreateClient(), app.ClientOptions(factory), factory.Clock);

    private async Task PayAsync(WeChatPaySandboxApp app, string outTradeNo)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await using var db = await factory.CreateDbContextAsync();
        var credentials = await db.Credentials.Include(c => c.Keys).SingleAsync(c => c.MerchantId == app.MchId);
        var transaction = await db.Set<WeChatPaySandboxTransaction>().SingleAsync(t => t.CredentialsId == credentials.Id && t.OutTradeNo == outTradeNo);
        await scope.ServiceProvider.GetRequiredService<WeChatPaySandboxOrders>().PayAsync(db, transaction, credentials);
    }

    private async Task<IReadOnlyList<(WeChatPaySignedHeaders Headers, byte[] Body)>> NotificationsAsync(string url, int count)
    {
        for (var i = 0; i < 100 && factory.Merchant.Received.Count(r => r.Url.ToString() == url) < count; i++)
        {
            await Task.Delay(100);
        }

        return [.. factory.Merchant.Received.Where(r => r.Url.ToString() == url)
            .Select(r => (WeChatPaySignedHeaders.From(name => r.Headers.GetValueOrDefault(name)), Encoding.UTF8.GetBytes(r.Body)))];
    }

    private async Task<(WeChatPaySignedHeaders Headers, byte[] Body)> NotificationAsync(string url) => (await NotificationsAsync(url, 1))[0];

    private static byte[] FlipCiphertextByte(byte[] body)
    {
        var json = Encoding.UTF8.GetString(body);
        var start = json.IndexOf("\"ciphertext\":\"", StringComparison.Ordinal) + 14;
        var end = json.IndexOf('"', start);
        var sealedBytes = Convert.FromBase64String(json[start..end]);
        sealedBytes[0] ^= 0x01;
        return Encoding.UTF8.GetBytes(json[..start] + Convert.ToBase64String(sealedBytes) + json[end..]);
    }
}
