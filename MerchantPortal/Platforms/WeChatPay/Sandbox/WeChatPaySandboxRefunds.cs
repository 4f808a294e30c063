using System.Net;
using System.Text.Json;
using MerchantPortal.Data;
using MerchantPortal.Domain.Credentials;
using MerchantPortal.Platforms.Sandbox;
using MerchantPortal.Platforms.WeChatPay.Protocol;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Platforms.WeChatPay.Sandbox;

/// <summary>
/// <c>POST /v3/refund/domestic/refunds</c> and its query: a refund of a paid order, idempotent per
/// <c>out_refund_no</c>, settled at once in the sandbox (its outcome by <see cref="WeChatPayRefundOutcomes"/>) and notified
/// as REFUND.SUCCESS, REFUND.ABNORMAL or REFUND.CLOSED.
/// </summary>
public sealed class WeChatPaySandboxRefunds(WeChatPayNotifications notifications, SandboxCallbackDispatcher callbacks, TimeProvider clock)
{
    public async Task<object> CreateAsync(PortalDbContext db, EnrollmentCredentials credentials, WeChatPayRequestBody body)
    {
        var outRefundNo = body.OrderNumber("out_refund_no", 1, WeChatPaySandboxRefund.MaxOutRefundNoLength);
        var transactionId = body.Text("transaction_id", 32);
        var outTradeNo = body.Text("out_trade_no", WeChatPaySandboxTransaction.MaxOutTradeNoLength);
        if (transactionId is null && outTradeNo is null)
        {
            throw WeChatPayGatewayException.ParamError("transaction_id 和 out_trade_no 必须填一个");
        }

        var amount = body.Fen("amount.refund");
        var total = body.Fen("amount.total");
        var transaction = await WeChatPaySandboxOrders.FindAsync(db, credentials, outTradeNo, transactionId);
        var refunds = db.Set<WeChatPaySandboxRefund>();
        if (await refunds.SingleOrDefaultAsync(r => r.CredentialsId == credentials.Id && r.OutRefundNo == outRefundNo) is { } earlier)
        {
            return earlier.Amount == amount && earlier.TransactionRowId == transaction.Id
                ? Describe(earlier, transaction)
                : throw WeChatPayGatewayException.InvalidRequest($"out_refund_no {outRefundNo} 已用于另一笔退款；重试须与第一次完全相同");
        }

        var outcome = WeChatPayRefundOutcomes.For(amount);
        transaction.Refund(amount, total, outcome);
        var now = clock.GetUtcNow().UtcDateTime;
        var refund = new WeChatPaySandboxRefund(credentials.Id, transaction.Id, outRefundNo, "50" + WeChatPaySandboxOrders.Digits(30), amount,
            body.Text("reason", 80), WeChatPaySandboxOrders.NotifyUrlOf(body), outcome, now);
        refunds.Add(refund);
        var (eventType, summary) = WeChatPayRefundOutcomes.Notification(outcome);
        notifications.Queue(db, credentials, refund.OutRefundNo, refund.NotifyUrl ?? transaction.NotifyUrl, eventType, summary, "refund",
            JsonSerializer.Serialize(NotificationResource(refund, transaction, credentials.MerchantId!), WeChatPayJson.Options));
        await db.SaveChangesAsync();
        callbacks.Wake();
        return Describe(refund, transaction);
    }

    public async Task<object> QueryAsync(PortalDbContext db, EnrollmentCredentials credentials, string outRefundNo)
    {
        var refund = await db.Set<WeChatPaySandboxRefund>().SingleOrDefaultAsync(r => r.CredentialsId == credentials.Id && r.OutRefundNo == outRefundNo)
            ?? throw new WeChatPayGatewayException(HttpStatusCode.NotFound, "RESOURCE_NOT_EXISTS", "退款单不存在");
        var transaction = await db.Set<WeChatPaySandboxTransaction>().SingleAsync(t => t.Id == refund.TransactionRowId);
        return Describe(refund, transaction);
    }

    private static object Describe(WeChatPaySandboxRefund refund, WeChatPaySandboxTransaction transaction) => new
    {
        refund_id = refund.RefundId,
        out_refund_no = refund.OutRefundNo,
        transaction_id = transaction.TransactionId,
        out_trade_no = transaction.OutTradeNo,
        channel = "ORIGINAL",
        user_received_account = "支付用户零钱",
        success_time = refund.SuccessAtUtc is { } at ? WeChatPayTime.Format(at) : null,
        create_time = WeChatPayTime.Format(refund.CreatedAtUtc),
        status = refund.Status.ToString(),
        funds_account = "AVAILABLE",
        amount = new { total = transaction.Total, refund = refund.Amount, payer_total = transaction.Total, payer_refund = refund.Amount, settlement_refund = refund.Amount, settlement_total = transaction.Total, discount_refund = 0, currency = "CNY" },
    };

    /// <summary>The resource of a REFUND.* notification, as WeChat Pay publishes it.</summary>
    private static object NotificationResource(WeChatPaySandboxRefund refund, WeChatPaySandboxTransaction transaction, string mchId) => new
    {
        mchid = mchId,
        out_trade_no = transaction.OutTradeNo,
        transaction_id = transaction.TransactionId,
        out_refund_no = refund.OutRefundNo,
        refund_id = refund.RefundId,
        refund_status = refund.Status.ToString(),
        success_time = refund.SuccessAtUtc is { } at ? WeChatPayTime.Format(at) : null,
        user_received_account = "支付用户零钱",
        amount = new { total = transaction.Total, refund = refund.Amount, payer_total = transaction.Total, payer_refund = refund.Amount },
    };
}
