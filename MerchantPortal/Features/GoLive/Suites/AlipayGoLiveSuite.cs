using System.Security.Cryptography;
using MerchantPortal.Data;
using Microsoft.AspNetCore.DataProtection;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Credentials;
using MerchantPortal.Domain.GoLiveRuns;
using MerchantPortal.Features.Credentials;
using MerchantPortal.Features.SampleMerchant;
using MerchantPortal.Platforms;
using MerchantPortal.Platforms.Alipay;
using MerchantPortal.Platforms.Alipay.Client;
using MerchantPortal.Platforms.Alipay.Protocol;
using MerchantPortal.Platforms.Alipay.Sandbox;
using MerchantPortal.Platforms.Sandbox;
using MerchantPortal.Platforms.Signing;
using Microsoft.EntityFrameworkCore;
using static MerchantPortal.Domain.GoLiveRuns.GoLiveCheckKind;

namespace MerchantPortal.Features.GoLive.Suites;

/// <summary>
/// Alipay's go-live checks, made with the same client a merchant's server would run: precreate → the simulated buyer
/// pays the QR code → the trade notification reaches the sample receiver → query shows TRADE_SUCCESS → a partial
/// refund → a second, unpaid trade closed (TRADE_CLOSED); a request signed with a stranger's key must get
/// <c>isv.invalid-signature</c>. Notifications are acknowledged by exactly <c>success</c>.
/// </summary>
public sealed class AlipayGoLiveSuite(
    IDbContextFactory<PortalDbContext> dbFactory, CredentialStore store, Platforms.Sandbox.SandboxBuyer buyer, NotificationChecks receiver, IEnumerable<ICredentialProfile> profiles,
    IHttpClientFactory http, TimeProvider clock) : IGoLiveSuite
{
    private const string Total = "1.00";
    private const string Refund = "0.30";

    public string PlatformCode => AlipayDefinition.Code;

    public MerchantEndpoints Endpoints { get; } = new("alipay.trade.precreate", e => e == "alipay.trade.query", "alipay.trade.refund", e => e == "alipay.trade.close",
        result => result == "10000");

    public string? Unready(EnrollmentCredentials credentials, DateTime nowUtc) =>
        credentials.Current(KeyRole.Merchant, nowUtc) is null ? DomainErrors.NoMerchantKey : null;

    public bool PortalCanSign(EnrollmentCredentials credentials, DateTime nowUtc) => credentials.Current(KeyRole.Merchant, nowUtc)?.ProtectedPrivateKey is not null;

    public async Task<string?> RunPortalPartAsync(GoLiveRunContext context)
    {
        var client = Client(context, store.Protector.Unprotect(context.Credentials.Current(KeyRole.Merchant, context.Now)!.ProtectedPrivateKey!));
        var paidOrder = context.OrderNumber("P");
        var unpaidOrder = context.OrderNumber("U");
        var notifyUrl = $"{context.PortalOrigin}{SampleMerchantEndpoints.BasePath}/alipay/{context.Credentials.AppId}";
        string? qrCode = null;

        var created = await context.CheckAsync(CreateOrder, async () =>
        {
            var result = await client.PrecreateAsync(paidOrder, Total, "上线测试 Go-live test", notifyUrl, context.CancellationToken);
            qrCode = result.Field("qr_code");
            return Judge(result, $"alipay.trade.precreate out_trade_no={paidOrder} total_amount={Total}", qrCode is null ? new GoLiveFinding("FieldMissing", "qr_code") : null);
        });
        var paid = await context.CheckAfterAsync(created, CreateOrder, SimulatedPayment,
            async () => CheckResult.OfPayment(paidOrder, qrCode, await buyer.PayAsync(qrCode)));
        var notified = await context.CheckAfterAsync(paid, SimulatedPayment, NotificationVerified, () => receiver.DeliveredAsync(context, paidOrder));
        var queried = await context.CheckAfterAsync(notified, NotificationVerified, QueryShowsPaid, async () =>
        {
            var result = await client.QueryAsync(paidOrder, context.CancellationToken);
            var status = result.Field("trade_status");
            return Judge(result, $"alipay.trade.query out_trade_no={paidOrder} → trade_status={status}",
                status == "TRADE_SUCCESS" ? null : new GoLiveFinding("UnexpectedStatus", "trade_status", status ?? "—", "TRADE_SUCCESS"));
        });
        await context.CheckAfterAsync(queried, QueryShowsPaid, PartialRefund, async () =>
        {
            var result = await client.RefundAsync(paidOrder, Refund, paidOrder + "R1", context.CancellationToken);
            var refunded = result.Field("refund_fee");
            return Judge(result, $"alipay.trade.refund out_trade_no={paidOrder} refund_amount={Refund} → refund_fee={refunded}",
                refunded == Refund ? null : new GoLiveFinding("UnexpectedStatus", "refund_fee", refunded ?? "—", Refund));
        });
        await context.CheckAsync(CloseUnpaid, async () =>
        {
            var create = await client.PrecreateAsync(unpaidOrder, "0.50", "上线测试（关闭）Go-live test (close)", null, context.CancellationToken);
            if (!create.IsSuccess)
            {
                return Judge(create, $"alipay.trade.precreate out_trade_no={unpaidOrder}", null);
            }

            var close = await client.CloseAsync(unpaidOrder, context.CancellationToken);
            var query = close.IsSuccess ? await client.QueryAsync(unpaidOrder, context.CancellationToken) : close;
            var status = query.Field("trade_status");
            return Judge(query, $"alipay.trade.close out_trade_no={unpaidOrder} → {close.Code}; alipay.trade.query → trade_status={status}",
                status == "TRADE_CLOSED" ? null : new GoLiveFinding("UnexpectedStatus", "trade_status", status ?? "—", "TRADE_CLOSED"));
        });
        return paid ? paidOrder : null;
    }

    public Task CheckWrongKeyAsync(GoLiveRunContext context) => context.CheckAsync(WrongKeyRefused, async () =>
    {
        using var stranger = RSA.Create(2048);
        var result = await Client(context, stranger.ExportPkcs8PrivateKeyPem()).QueryAsync(context.OrderNumber("P"), context.CancellationToken);
        var log = $"alipay.trade.query signed with a new key → {result.Code} {result.SubCode}";
        return result.SubCode == "isv.invalid-signature"
            ? CheckResult.Pass(log)
            : CheckResult.Fail(new GoLiveFinding("WrongKeyNotRefused", $"{result.Code} {result.SubCode}".Trim(), "40002 isv.invalid-signature"), log);
    });

    public async Task<SandboxPaymentOutcome?> PayOrderAsync(Guid credentialsId, string outTradeNo)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var tradeNo = await db.Set<AlipaySandboxTrade>().Where(t => t.CredentialsId == credentialsId && t.OutTradeNo == outTradeNo).Select(t => t.TradeNo).SingleOrDefaultAsync();
        return tradeNo is null ? null : await buyer.PayAsync($"{AlipaySandboxEndpoints.QrPath}/{tradeNo}");
    }

    /// <summary>The genuine notification with a smaller amount, signed by a key that is not Alipay's: what someone faking a payment sends.</summary>
    public NotificationMessage Forge(SandboxCallback genuine, EnrollmentCredentials credentials)
    {
        var form = System.Web.HttpUtility.ParseQueryString(genuine.Body);
        var parameters = form.AllKeys.OfType<string>().Where(k => k != "sign")
            .Select(k => new KeyValuePair<string, string?>(k, k is "total_amount" or "receipt_amount" or "buyer_pay_amount" or "invoice_amount" ? "0.01" : form[k]))
            .ToList();
        using var forger = RSA.Create(2048);
        parameters.Add(new("sign", Sha256WithRsa.Sign(AlipaySignContent.ForNotification(parameters, keepSignType: false), forger)));
        var body = string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value ?? "")}"));
        return new NotificationMessage(genuine.ContentType, body, new Dictionary<string, string>());
    }

    public GoLiveFinding? JudgeAcknowledgement(int status, string body) =>
        status != 200 ? new GoLiveFinding("AlipayAckStatus", status.ToString(System.Globalization.CultureInfo.InvariantCulture))
        : body.Trim() != "success" ? new GoLiveFinding("AlipayAckBody", body.Trim())
        : null;

    public GoLiveFinding ForgeryAccepted(int status, string body) => new("AlipayForgeryAccepted", body.Trim());

    private AlipayClient Client(GoLiveRunContext context, string privateKeyPem) =>
        new(http.CreateClient(nameof(GoLiveRunner)), new AlipayClientOptions(new Uri(profiles.Single(p => p.PlatformCode == PlatformCode).GatewayUrl(context.PortalOrigin)), context.Credentials.AppId, privateKeyPem,
            [.. context.Credentials.ValidKeys(KeyRole.Platform, context.Now).Select(k => k.PublicKey)]), clock);

    private static CheckResult Judge(AlipayResult result, string log, GoLiveFinding? unexpected) =>
        !result.IsSuccess ? CheckResult.Fail(new GoLiveFinding("PlatformRefused", $"{result.Code} {result.SubCode}".Trim(), result.SubMsg ?? result.Msg), $"{log} → {result.Code} {result.SubCode} {result.SubMsg}")
        : unexpected is not null ? CheckResult.Fail(unexpected, log)
        : CheckResult.Pass(log);
}
