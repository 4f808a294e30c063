using System.Net;
using System.Security.Cryptography;
using MerchantPortal.Data;
using MerchantPortal.Domain.Credentials;
using MerchantPortal.Platforms.Sandbox;
using MerchantPortal.Platforms.WeChatPay.Protocol;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Platforms.WeChatPay.Sandbox;

/// <summary>
/// The Native-pay and refund operations the WeChat Pay sandbox answers, with WeChat Pay's field names, amounts in
/// fen and its error codes. Changes WeChat Pay notifies (paid, refunded) queue an encrypted notification in the same save.
/// </summary>
public sealed class WeChatPaySandboxOrders(WeChatPayNotifications notifications, SandboxCallbackDispatcher callbacks, TimeProvider clock)
{
    public async Task<object> NativeAsync(PortalDbContext db, EnrollmentCredentials credentials, WeChatPayRequestBody body, string codeUrlBase)
    {
        var appId = body.RequiredText("appid", 32);
        var mchId = body.RequiredText("mchid", 32);
        if (appId != credentials.AppId || mchId != credentials.MerchantId)
        {
            throw new WeChatPayGatewayException(HttpStatusCode.BadRequest, "APPID_MCHID_NOT_MATCH", $"appid {appId} 与 mchid {mchId} 不匹配");
        }

        var outTradeNo = body.OrderNumber("out_trade_no", 6, WeChatPaySandboxTransaction.MaxOutTradeNoLength);
        var description = body.RequiredText("description", WeChatPaySandboxTransaction.MaxDescriptionLength);
        var total = body.Fen("amount.total");
        if (body.Text("amount.currency", 16) is { } currency && currency != "CNY")
        {
            throw WeChatPayGatewayException.ParamError($"amount.currency 只支持 CNY，收到 {currency}");
        }

        var notifyUrl = NotifyUrlOf(body) ?? credentials.NotifyUrl ?? throw WeChatPayGatewayException.ParamError("缺少必填参数 notify_url");
        if (credentials.Current(KeyRole.SharedSecret, clock.GetUtcNow().UtcDateTime) is null)
        {
            // Without it no notification can be sealed: say so now rather than lose them later.
            throw new WeChatPayGatewayException(HttpStatusCode.Forbidden, "NO_AUTH", "商户尚未设置 APIv3 密钥，无法加密支付通知；请先在门户“接口密钥”一步设置");
        }
        var transaction = await db.Set<WeChatPaySandboxTransaction>().SingleOrDefaultAsync(t => t.CredentialsId == credentials.Id && t.OutTradeNo == outTradeNo);
        if (transaction is null)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            transaction = WeChatPaySandboxTransaction.Create(credentials.Id, appId, outTradeNo, description, total, notifyUrl,
                "42000" + Digits(23), RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz0123456789", 24), now);
            db.Add(transaction);
            await db.SaveChangesAsync();
        }
        else if (transaction.TradeState == WeChatPayTradeState.CLOSED)
        {
            throw new WeChatPayGatewayException(HttpStatusCode.BadRequest, "ORDER_CLOSED", "订单已关闭");
        }
        else if (transaction.TradeState != WeChatPayTradeState.NOTPAY)
        {
            throw new WeChatPayGatewayException(HttpStatusCode.BadRequest, "ORDERPAID", "订单已支付");
        }
        else if (transaction.Total != total || transaction.Description != description)
        {
            throw new WeChatPayGatewayException(HttpStatusCode.Forbidden, "OUT_TRADE_NO_USED", "商户订单号重复：同一 out_trade_no 的金额或描述与第一次下单不同");
        }

        return new { code_url = $"{codeUrlBase}{transaction.CodeToken}" };
    }

    public async Task<object> QueryAsync(PortalDbContext db, EnrollmentCredentials credentials, string? outTradeNo, string? transactionId) =>
        Describe(await FindAsync(db, credentials, outTradeNo, transactionId), credentials.MerchantId!);

    /// <returns>Nothing: WeChat Pay answers 204 No Content.</returns>
    public async Task CloseAsync(PortalDbContext db, EnrollmentCredentials credentials, string outTradeNo, WeChatPayRequestBody body)
    {
        if (body.RequiredText("mchid", 32) != credentials.MerchantId)
        {
            throw WeChatPayGatewayException.ParamError("mchid 与请求签名的商户号不一致");
        }

        var transaction = await FindAsync(db, credentials, outTradeNo, null);
        if (transaction.Close())
        {
            await db.SaveChangesAsync();
        }
    }

    /// <summary>The simulated buyer pays: the order succeeds and TRANSACTION.SUCCESS is queued.</summary>
    public async Task PayAsync(PortalDbContext db, WeChatPaySandboxTransaction transaction, EnrollmentCredentials credentials)
    {
        transaction.Pay("o" + RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-", 27), clock.GetUtcNow().UtcDateTime);
        notifications.Queue(db, credentials, transaction.OutTradeNo, transaction.NotifyUrl, "TRANSACTION.SUCCESS", "支付成功", "transaction",
            System.Text.Json.JsonSerializer.Serialize(Describe(transaction, credentials.MerchantId!), WeChatPayJson.Options));
        await db.SaveChangesAsync();
        callbacks.Wake();
    }

    public static string? NotifyUrlOf(WeChatPayRequestBody body)
    {
        try
        {
            return NotifyUrl.Normalize(body.Text("notify_url", NotifyUrl.MaxLength));
        }
        catch (Domain.DomainException)
        {
            throw WeChatPayGatewayException.ParamError($"notify_url 须为不超过 {NotifyUrl.MaxLength} 个字符的 http(s) 绝对地址");
        }
    }

    public static async Task<WeChatPaySandboxTransaction> FindAsync(PortalDbContext db, EnrollmentCredentials credentials, string? outTradeNo, string? transactionId)
    {
        var mine = db.Set<WeChatPaySandboxTransaction>().Where(t => t.CredentialsId == credentials.Id);
        return await (transactionId is not null ? mine.Where(t => t.TransactionId == transactionId) : mine.Where(t => t.OutTradeNo == outTradeNo)).SingleOrDefaultAsync()
            ?? throw new WeChatPayGatewayException(HttpStatusCode.NotFound, "ORDER_NOT_EXIST", "订单不存在");
    }

    public static object Describe(WeChatPaySandboxTransaction t, string mchId) => new
    {
        appid = t.AppId,
        mchid = mchId,
        out_trade_no = t.OutTradeNo,
        transaction_id = t.SuccessAtUtc is null ? null : t.TransactionId,
        trade_type = "NATIVE",
        trade_state = t.TradeState.ToString(),
        trade_state_desc = StateText(t.TradeState),
        bank_type = t.SuccessAtUtc is null ? null : "OTHERS",
        success_time = t.SuccessAtUtc is { } at ? WeChatPayTime.Format(at) : null,
        payer = t.PayerOpenId is null ? null : new { openid = t.PayerOpenId },
        amount = new { total = t.Total, payer_total = t.SuccessAtUtc is null ? (int?)null : t.Total, currency = "CNY", payer_currency = "CNY" },
    };

    public static string Digits(int count) => RandomNumberGenerator.GetString("0123456789", count);

    private static string StateText(WeChatPayTradeState state) => state switch
    {
        WeChatPayTradeState.NOTPAY => "未支付",
        WeChatPayTradeState.SUCCESS => "支付成功",
        WeChatPayTradeState.CLOSED => "已关闭",
        WeChatPayTradeState.REFUND => "转入退款",
        WeChatPayTradeState.PAYERROR => "支付失败",
        WeChatPayTradeState.USERPAYING => "用户支付中",
        _ => "已撤销",
    };
}
