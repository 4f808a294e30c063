using System.Security.Cryptography;
using MerchantPortal.Data;
using MerchantPortal.Domain.Credentials;
using MerchantPortal.Platforms.Alipay.Protocol;
using MerchantPortal.Platforms.Sandbox;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Platforms.Alipay.Sandbox;

/// <summary>
/// The trade methods the Alipay sandbox answers — <c>alipay.trade.precreate</c>, <c>query</c>, <c>refund</c>,
/// <c>close</c> — with Alipay's field names, amounts in yuan and its business errors. Changes that Alipay
/// notifies (paid, refunded, closed) queue a signed notification in the same save.
/// </summary>
public sealed class AlipaySandboxTrades(AlipayTradeNotifications notifications, SandboxCallbackDispatcher callbacks, TimeProvider clock)
{
    public const string Precreate = "alipay.trade.precreate";
    public const string Query = "alipay.trade.query";
    public const string Refund = "alipay.trade.refund";
    public const string Close = "alipay.trade.close";

    public static readonly IReadOnlyList<string> Methods = [Precreate, Query, Refund, Close];

    /// <param name="qrBaseUrl">Where the sandbox's QR codes point: the simulated buyer's page.</param>
    public async Task<IReadOnlyList<KeyValuePair<string, string>>> ExecuteAsync(PortalDbContext db, string method, EnrollmentCredentials credentials,
        AlipayBizContent biz, string? notifyUrl, string qrBaseUrl)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return method switch
        {
            Precreate => await PrecreateAsync(db, credentials, biz, notifyUrl ?? credentials.NotifyUrl, qrBaseUrl, now),
            Query => Describe(await FindAsync(db, credentials, biz)),
            Refund => await RefundAsync(db, credentials, biz, now),
            Close => await CloseAsync(db, credentials, biz, now),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Not an Alipay trade method."),
        };
    }

    /// <summary>The simulated buyer pays: the trade succeeds and its notification is queued.</summary>
    public async Task PayAsync(PortalDbContext db, AlipaySandboxTrade trade, EnrollmentCredentials credentials)
    {
        trade.Pay("sandbox_buyer@example.com", "2088" + RandomNumberGenerator.GetString("0123456789", 12), clock.GetUtcNow().UtcDateTime);
        notifications.Queue(db, credentials, trade, refund: null);
        await db.SaveChangesAsync();
        callbacks.Wake();
    }

    public static string QrCodeOf(string qrBaseUrl, AlipaySandboxTrade trade) => $"{qrBaseUrl.TrimEnd('/')}/{trade.TradeNo}";

    private async Task<IReadOnlyList<KeyValuePair<string, string>>> PrecreateAsync(PortalDbContext db, EnrollmentCredentials credentials, AlipayBizContent biz,
        string? notifyUrl, string qrBaseUrl, DateTime now)
    {
        var outTradeNo = biz.Required("out_trade_no", AlipaySandboxTrade.MaxOutTradeNoLength);
        var amount = AlipayAmount.Parse(biz.Required("total_amount", AlipayAmount.MaxLength), "total_amount");
        var subject = biz.Required("subject", AlipaySandboxTrade.MaxSubjectLength);
        var trade = await db.Set<AlipaySandboxTrade>().SingleOrDefaultAsync(t => t.CredentialsId == credentials.Id && t.OutTradeNo == outTradeNo);
        if (trade is null)
        {
            trade = AlipaySandboxTrade.Precreate(credentials.Id, outTradeNo, subject, amount, notifyUrl, NewTradeNo(now), now);
            db.Add(trade);
            await db.SaveChangesAsync();
        }
        else if (trade.Status == AlipayTradeStatus.TRADE_SUCCESS || trade.Status == AlipayTradeStatus.TRADE_FINISHED)
        {
            throw new AlipayGatewayException(AlipayGatewayError.Business("ACQ.TRADE_HAS_SUCCESS", "交易已被支付"));
        }
        else if (trade.Status == AlipayTradeStatus.TRADE_CLOSED)
        {
            throw new AlipayGatewayException(AlipayGatewayError.Business("ACQ.TRADE_HAS_CLOSE", "交易已经关闭"));
        }
        else if (trade.TotalAmount != amount || trade.Subject != subject)
        {
            throw new AlipayGatewayException(AlipayGatewayError.Business("ACQ.CONTEXT_INCONSISTENT", "交易信息被篡改：同一 out_trade_no 的金额或标题与第一次下单不同"));
        }

        return [new("out_trade_no", trade.OutTradeNo), new("qr_code", QrCodeOf(qrBaseUrl, trade))];
    }

    private async Task<IReadOnlyList<KeyValuePair<string, string>>> RefundAsync(PortalDbContext db, EnrollmentCredentials credentials, AlipayBizContent biz, DateTime now)
    {
        var amount = AlipayAmount.Parse(biz.Required("refund_amount", AlipayAmount.MaxLength), "refund_amount");
        var trade = await FindAsync(db, credentials, biz);
        // Alipay's default: without out_request_no the refund is keyed by the merchant's order number.
        var outRequestNo = biz.Optional("out_request_no", AlipaySandboxRefund.MaxOutRequestNoLength) ?? trade.OutTradeNo;
        var (refund, fundChange) = trade.Refund(outRequestNo, amount, now);
        if (fundChange)
        {
            notifications.Queue(db, credentials, trade, refund);
            await db.SaveChangesAsync();
            callbacks.Wake();
        }

        return [.. Identity(trade), .. Buyer(trade), new("fund_change", fundChange ? "Y" : "N"), new("refund_fee", AlipayAmount.Format(trade.RefundedAmount)),
            new("gmt_refund_pay", AlipayTime.Format(refund.AtUtc))];
    }

    private async Task<IReadOnlyList<KeyValuePair<string, string>>> CloseAsync(PortalDbContext db, EnrollmentCredentials credentials, AlipayBizContent biz, DateTime now)
    {
        var trade = await FindAsync(db, credentials, biz);
        trade.Close(now);
        notifications.Queue(db, credentials, trade, refund: null);
        await db.SaveChangesAsync();
        callbacks.Wake();
        return Identity(trade);
    }

    /// <summary>By <c>trade_no</c> when given (Alipay prefers it), else by <c>out_trade_no</c>; only this app's trades.</summary>
    private static async Task<AlipaySandboxTrade> FindAsync(PortalDbContext db, EnrollmentCredentials credentials, AlipayBizContent biz)
    {
        var tradeNo = biz.Optional("trade_no", 64);
        var outTradeNo = biz.Optional("out_trade_no", AlipaySandboxTrade.MaxOutTradeNoLength);
        if (tradeNo is null && outTradeNo is null)
        {
            throw new AlipayGatewayException(AlipayGatewayError.InvalidParameter("out_trade_no 和 trade_no 不能同时为空"));
        }

        var trades = db.Set<AlipaySandboxTrade>().Include(t => t.Refunds).Where(t => t.CredentialsId == credentials.Id);
        return await (tradeNo is not null ? trades.Where(t => t.TradeNo == tradeNo) : trades.Where(t => t.OutTradeNo == outTradeNo)).SingleOrDefaultAsync()
            ?? throw new AlipayGatewayException(AlipayGatewayError.TradeNotExist());
    }

    private static IReadOnlyList<KeyValuePair<string, string>> Describe(AlipaySandboxTrade trade) =>
    [
        .. Identity(trade), .. Buyer(trade),
        new("trade_status", trade.Status.ToString()),
        new("total_amount", AlipayAmount.Format(trade.TotalAmount)),
        new("buyer_pay_amount", AlipayAmount.Format(trade.PaidAtUtc is null ? 0 : trade.TotalAmount)),
        .. trade.PaidAtUtc is { } paid ? [new KeyValuePair<string, string>("send_pay_date", AlipayTime.Format(paid))] : Array.Empty<KeyValuePair<string, string>>(),
    ];

    private static IReadOnlyList<KeyValuePair<string, string>> Identity(AlipaySandboxTrade trade) => [new("trade_no", trade.TradeNo), new("out_trade_no", trade.OutTradeNo)];

    private static IReadOnlyList<KeyValuePair<string, string>> Buyer(AlipaySandboxTrade trade) => trade.BuyerLogonId is null
        ? []
        : [new("buyer_logon_id", AlipayTradeNotifications.MaskLogonId(trade.BuyerLogonId)), new("buyer_user_id", trade.BuyerUserId!)];

    /// <summary>Alipay's trade numbers: the China date and 20 digits.</summary>
    private static string NewTradeNo(DateTime now) => AlipayTime.Format(now)[..10].Replace("-", "") + RandomNumberGenerator.GetString("0123456789", 20);
}
