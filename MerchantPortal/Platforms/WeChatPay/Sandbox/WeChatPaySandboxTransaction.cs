using System.Net;

namespace MerchantPortal.Platforms.WeChatPay.Sandbox;

/// <summary>
/// A Native-pay order in the WeChat Pay sandbox: created unpaid with a <c>code_url</c>, paid by the simulated
/// buyer, closed while unpaid, refunded (in parts) once paid — WeChat Pay's rules, amounts in fen.
/// </summary>
public sealed class WeChatPaySandboxTransaction
{
    public const int MaxOutTradeNoLength = 32;
    public const int MaxDescriptionLength = 127;

    private WeChatPaySandboxTransaction()
    {
    }

    public Guid Id { get; private set; }

    public Guid CredentialsId { get; private set; }

    public string AppId { get; private set; } = "";

    public string OutTradeNo { get; private set; } = "";

    /// <summary>WeChat Pay's own number: 42000, then 23 digits.</summary>
    public string TransactionId { get; private set; } = "";

    /// <summary>The token of <c>weixin://wxpay/bizpayurl?pr=…</c>.</summary>
    public string CodeToken { get; private set; } = "";

    public string Description { get; private set; } = "";

    public int Total { get; private set; }

    public WeChatPayTradeState TradeState { get; private set; }

    public string? NotifyUrl { get; private set; }

    public string? PayerOpenId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? SuccessAtUtc { get; private set; }

    public int RefundedTotal { get; private set; }

    /// <summary>Concurrency token: a refund and a close racing on one order cannot both win.</summary>
    public Guid Version { get; private set; }

    public static WeChatPaySandboxTransaction Create(Guid credentialsId, string appId, string outTradeNo, string description, int total, string? notifyUrl,
        string transactionId, string codeToken, DateTime nowUtc) => new()
    {
        Id = Guid.NewGuid(),
        CredentialsId = credentialsId,
        AppId = appId,
        OutTradeNo = outTradeNo,
        TransactionId = transactionId,
        CodeToken = codeToken,
        Description = description,
        Total = total,
        TradeState = WeChatPayTradeState.NOTPAY,
        NotifyUrl = notifyUrl,
        CreatedAtUtc = nowUtc,
        Version = Guid.NewGuid(),
    };

    public void Pay(string payerOpenId, DateTime nowUtc)
    {
        if (TradeState != WeChatPayTradeState.NOTPAY)
        {
            throw new WeChatPayGatewayException(HttpStatusCode.BadRequest, TradeState == WeChatPayTradeState.CLOSED ? "ORDER_CLOSED" : "ORDERPAID",
                TradeState == WeChatPayTradeState.CLOSED ? "订单已关闭" : "订单已支付");
        }

        TradeState = WeChatPayTradeState.SUCCESS;
        PayerOpenId = payerOpenId;
        SuccessAtUtc = nowUtc;
        Version = Guid.NewGuid();
    }

    /// <summary>The buyer's payment was declined: WeChat Pay reports PAYERROR, and the order cannot be paid any more.</summary>
    public void PaymentFailed()
    {
        if (TradeState == WeChatPayTradeState.NOTPAY)
        {
            TradeState = WeChatPayTradeState.PAYERROR;
            Version = Guid.NewGuid();
        }
    }

    /// <summary>Closes an unpaid order; closing a closed one again changes nothing (WeChat Pay answers 204 both times).</summary>
    public bool Close()
    {
        switch (TradeState)
        {
            case WeChatPayTradeState.CLOSED:
                return false;
            case WeChatPayTradeState.NOTPAY or WeChatPayTradeState.PAYERROR:
                TradeState = WeChatPayTradeState.CLOSED;
                Version = Guid.NewGuid();
                return true;
            default:
                throw new WeChatPayGatewayException(HttpStatusCode.BadRequest, "ORDERPAID", "订单已支付，不能关闭；请发起退款");
        }
    }

    /// <summary>
    /// Checks a refund of <paramref name="amount"/> fen; a successful one takes it off what can still be refunded, and
    /// the order reads "REFUND" from then on. An abnormal or closed refund moves no money.
    /// </summary>
    public void Refund(int amount, int total, WeChatPayRefundStatus outcome)
    {
        if (TradeState is not (WeChatPayTradeState.SUCCESS or WeChatPayTradeState.REFUND))
        {
            throw WeChatPayGatewayException.InvalidRequest("订单未支付，不能退款");
        }

        if (total != Total)
        {
            throw WeChatPayGatewayException.ParamError($"amount.total {total} 与原订单金额 {Total} 不一致");
        }

        if (RefundedTotal + amount > Total)
        {
            throw WeChatPayGatewayException.InvalidRequest($"退款金额超过可退金额：已退 {RefundedTotal} 分，本次 {amount} 分，订单 {Total} 分");
        }

        if (outcome == WeChatPayRefundStatus.SUCCESS)
        {
            RefundedTotal += amount;
            TradeState = WeChatPayTradeState.REFUND;
        }

        Version = Guid.NewGuid();
    }
}
