using System.Globalization;
using System.Security.Cryptography;
using MerchantPortal.Data;
using Microsoft.AspNetCore.DataProtection;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Credentials;
using MerchantPortal.Domain.GoLiveRuns;
using MerchantPortal.Features.Credentials;
using MerchantPortal.Features.SampleMerchant;
using MerchantPortal.Platforms;
using MerchantPortal.Platforms.Sandbox;
using MerchantPortal.Platforms.WeChatPay;
using MerchantPortal.Platforms.WeChatPay.Client;
using MerchantPortal.Platforms.WeChatPay.Sandbox;
using Microsoft.EntityFrameworkCore;
using static MerchantPortal.Domain.GoLiveRuns.GoLiveCheckKind;

namespace MerchantPortal.Features.GoLive.Suites;

/// <summary>
/// WeChat Pay's go-live checks with the merchant's own API v3 client: native order → the simulated buyer pays the
/// <c>code_url</c> → TRANSACTION.SUCCESS (sealed under the API v3 key) reaches the sample receiver → query shows
/// SUCCESS → a partial refund → a second, unpaid order closed (CLOSED); a request signed with a stranger's key must
/// get <c>401 SIGN_ERROR</c>. Notifications are acknowledged by 200 or 204.
/// </summary>
public sealed class WeChatPayGoLiveSuite(
    IDbContextFactory<PortalDbContext> dbFactory, CredentialStore store, Platforms.Sandbox.SandboxBuyer buyer, NotificationChecks receiver, IEnumerable<ICredentialProfile> profiles,
    IHttpClientFactory http, TimeProvider clock) : IGoLiveSuite
{
    private const int TotalFen = 100;
    private const int RefundFen = 30;

    public string PlatformCode => WeChatPayDefinition.Code;

    public MerchantEndpoints Endpoints { get; } = new("POST /v3/pay/transactions/native",
        e => e.StartsWith("GET /v3/pay/transactions/out-trade-no/", StringComparison.Ordinal) || e.StartsWith("GET /v3/pay/transactions/id/", StringComparison.Ordinal),
        "POST /v3/refund/domestic/refunds", e => e.StartsWith("POST /v3/pay/transactions/out-trade-no/", StringComparison.Ordinal) && e.EndsWith("/close", StringComparison.Ordinal),
        result => result is "200" or "204");

    public string? Unready(EnrollmentCredentials credentials, DateTime nowUtc) =>
        credentials.Current(KeyRole.Merchant, nowUtc) is null ? DomainErrors.NoMerchantKey
        : credentials.Current(KeyRole.SharedSecret, nowUtc) is null ? DomainErrors.NoApiV3Key
        : null;

    public bool PortalCanSign(EnrollmentCredentials credentials, DateTime nowUtc) => credentials.Current(KeyRole.Merchant, nowUtc)?.ProtectedPrivateKey is not null;

    public async Task<string?> RunPortalPartAsync(GoLiveRunContext context)
    {
        var merchantKey = context.Credentials.Current(KeyRole.Merchant, context.Now)!;
        var client = Client(context, store.Protector.Unprotect(merchantKey.ProtectedPrivateKey!));
        var paidOrder = context.OrderNumber("P");
        var unpaidOrder = context.OrderNumber("U");
        var notifyUrl = $"{context.PortalOrigin}{SampleMerchantEndpoints.BasePath}/wechatpay/{context.Credentials.MerchantId}";
        string? codeUrl = null;

        var created = await context.CheckAsync(CreateOrder, async () =>
        {
            var result = await client.NativeAsync(paidOrder, TotalFen, "上线测试 Go-live test", notifyUrl, context.CancellationToken);
            codeUrl = result.Field("code_url");
            return Judge(result, $"POST /v3/pay/transactions/native out_trade_no={paidOrder} total={TotalFen}", codeUrl is null ? new GoLiveFinding("FieldMissing", "code_url") : null);
        });
        var paid = await context.CheckAfterAsync(created, CreateOrder, SimulatedPayment,
            async () => CheckResult.OfPayment(paidOrder, codeUrl, await buyer.PayAsync(codeUrl)));
        var notified = await context.CheckAfterAsync(paid, SimulatedPayment, NotificationVerified, () => receiver.DeliveredAsync(context, paidOrder));
        var queried = await context.CheckAfterAsync(notified, NotificationVerified, QueryShowsPaid, async () =>
        {
            var result = await client.QueryAsync(paidOrder, context.CancellationToken);
            var state = result.Field("trade_state");
            return Judge(result, $"GET /v3/pay/transactions/out-trade-no/{paidOrder} → trade_state={state}",
                state == "SUCCESS" ? null : new GoLiveFinding("UnexpectedStatus", "trade_state", state ?? "—", "SUCCESS"));
        });
        await context.CheckAfterAsync(queried, QueryShowsPaid, PartialRefund, async () =>
        {
            var result = await client.RefundAsync(paidOrder, paidOrder + "R1", RefundFen, TotalFen, context.CancellationToken);
            var status = result.Field("status");
            return Judge(result, $"POST /v3/refund/domestic/refunds out_trade_no={paidOrder} refund={RefundFen} → status={status}",
                status is "SUCCESS" or "PROCESSING" ? null : new GoLiveFinding("UnexpectedStatus", "status", status ?? "—", "SUCCESS"));
        });
        await context.CheckAsync(CloseUnpaid, async () =>
        {
            var create = await client.NativeAsync(unpaidOrder, 50, "上线测试（关闭）Go-live test (close)", notifyUrl, context.CancellationToken);
            if (!create.IsSuccess)
            {
                return Judge(create, $"POST /v3/pay/transactions/native out_trade_no={unpaidOrder}", null);
            }

            var close = await client.CloseAsync(unpaidOrder, context.CancellationToken);
            var query = close.IsSuccess ? await client.QueryAsync(unpaidOrder, context.CancellationToken) : close;
            var state = query.Field("trade_state");
            return Judge(query, $"POST …/{unpaidOrder}/close → {close.Status}; GET …/{unpaidOrder} → trade_state={state}",
                state == "CLOSED" ? null : new GoLiveFinding("UnexpectedStatus", "trade_state", state ?? "—", "CLOSED"));
        });
        return paid ? paidOrder : null;
    }

    public Task CheckWrongKeyAsync(GoLiveRunContext context) => context.CheckAsync(WrongKeyRefused, async () =>
    {
        using var stranger = RSA.Create(2048);
        var result = await Client(context, stranger.ExportPkcs8PrivateKeyPem()).QueryAsync(context.OrderNumber("P"), context.CancellationToken);
        var log = $"GET /v3/pay/transactions/out-trade-no/… signed with a new key → {result.Status} {result.Code}";
        return result.Status == 401 && result.Code == "SIGN_ERROR"
            ? CheckResult.Pass(log)
            : CheckResult.Fail(new GoLiveFinding("WrongKeyNotRefused", $"{result.Status} {result.Code}", "401 SIGN_ERROR"), log);
    });

    public async Task<SandboxPaymentOutcome?> PayOrderAsync(Guid credentialsId, string outTradeNo)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var token = await db.Set<WeChatPaySandboxTransaction>().Where(t => t.CredentialsId == credentialsId && t.OutTradeNo == outTradeNo).Select(t => t.CodeToken).SingleOrDefaultAsync();
        return token is null ? null : await buyer.PayAsync(WeChatPaySandboxEndpoints.CodeUrlPrefix + token);
    }

    /// <summary>The genuine body under headers signed by a key that is not WeChat Pay's, claiming the platform key's name.</summary>
    public NotificationMessage Forge(SandboxCallback genuine, EnrollmentCredentials credentials)
    {
        using var forger = RSA.Create(2048);
        var serial = WeChatPayPlatformSigner.NameOf(credentials.Current(KeyRole.Platform, clock.GetUtcNow().UtcDateTime)!, credentials.PlatformKeyMode);
        return new NotificationMessage(genuine.ContentType, genuine.Body,
            WeChatPayPlatformSigner.SignWith(forger, serial, System.Text.Encoding.UTF8.GetBytes(genuine.Body), clock.GetUtcNow()));
    }

    public GoLiveFinding? JudgeAcknowledgement(int status, string body) =>
        status is 200 or 204 ? null : new GoLiveFinding("WeChatPayAckStatus", status.ToString(CultureInfo.InvariantCulture), body.Trim());

    public GoLiveFinding ForgeryAccepted(int status, string body) => new("WeChatPayForgeryAccepted", status.ToString(CultureInfo.InvariantCulture));

    private WeChatPayClient Client(GoLiveRunContext context, string privateKeyPem)
    {
        var credentials = context.Credentials;
        var platformKeys = new Dictionary<string, string>();
        foreach (var key in credentials.ValidKeys(KeyRole.Platform, context.Now))
        {
            if (key.KeyId is { } id)
            {
                platformKeys[id] = PemEncoding.WriteString("PUBLIC KEY", Convert.FromBase64String(key.PublicKey));
            }

            if (key is { CertificateSerial: { } serial, CertificatePem: { } pem })
            {
                platformKeys[serial] = pem;
            }
        }

        var baseUrl = profiles.Single(p => p.PlatformCode == PlatformCode).GatewayUrl(context.PortalOrigin);
        return new WeChatPayClient(http.CreateClient(nameof(GoLiveRunner)), new WeChatPayClientOptions(new Uri(baseUrl), credentials.MerchantId!, credentials.AppId,
            credentials.Current(KeyRole.Merchant, context.Now)!.KeyId!, privateKeyPem, platformKeys), clock);
    }

    private static CheckResult Judge(WeChatPayResult result, string log, GoLiveFinding? unexpected) =>
        !result.IsSuccess ? CheckResult.Fail(new GoLiveFinding("PlatformRefused", $"{result.Status} {result.Code}", result.Message ?? ""), $"{log} → {result.Status} {result.Code} {result.Message}")
        : unexpected is not null ? CheckResult.Fail(unexpected, log)
        : CheckResult.Pass(log);
}
