namespace MerchantPortal.Platforms.Alipay.Sandbox;

/// <summary>
/// A trade in the Alipay sandbox. Created by <c>alipay.trade.precreate</c> as waiting for the buyer; paid by the
/// simulated buyer; refunded in parts (the whole amount closes it) or closed while unpaid — Alipay's rules.
/// </summary>
public sealed class AlipaySandboxTrade
{
    public const int MaxOutTradeNoLength = 64;
    public const int MaxSubjectLength = 256;

    private readonly List<AlipaySandboxRefund> _refunds = [];

    private AlipaySandboxTrade()
    {
    }

    public Guid Id { get; private set; }

    public Guid CredentialsId { get; private set; }

    public string OutTradeNo { get; private set; } = "";

    /// <summary>Alipay's own trade number: the date and 20 digits.</summary>
    public string TradeNo { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public decimal TotalAmount { get; private set; }

    public AlipayTradeStatus Status { get; private set; }

    /// <summary>Where this trade's notifications go: the request's <c>notify_url</c>, else the one registered.</summary>
    public string? NotifyUrl { get; private set; }

    public string? BuyerLogonId { get; private set; }

    public string? BuyerUserId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? PaidAtUtc { get; private set; }

    public DateTime? ClosedAtUtc { get; private set; }

    public decimal RefundedAmount { get; private set; }

    /// <summary>Concurrency token: a refund and a close racing on the same trade cannot both win.</summary>
    public Guid Version { get; private set; }

    public IReadOnlyCollection<AlipaySandboxRefund> Refunds => _refunds;

    public static AlipaySandboxTrade Precreate(Guid credentialsId, string outTradeNo, string subject, decimal totalAmount, string? notifyUrl, string tradeNo, DateTime nowUtc) => new()
    {
        Id = Guid.NewGuid(),
        CredentialsId = credentialsId,
        OutTradeNo = outTradeNo,
        TradeNo = tradeNo,
        Subject = subject,
        TotalAmount = totalAmount,
        Status = AlipayTradeStatus.WAIT_BUYER_PAY,
        NotifyUrl = notifyUrl,
        CreatedAtUtc = nowUtc,
        Version = Guid.NewGuid(),
    };

    public void Pay(string buyerLogonId, string buyerUserId, DateTime nowUtc)
    {
        Require(AlipayTradeStatus.WAIT_BUYER_PAY, "交易状态不合法：只有等待付款的交易可以付款");
        Status = AlipayTradeStatus.TRADE_SUCCESS;
        BuyerLogonId = buyerLogonId;
        BuyerUserId = buyerUserId;
        PaidAtUtc = nowUtc;
        Version = Guid.NewGuid();
    }

    /// <summary>Closes an unpaid trade; a paid one is refunded instead.</summary>
    public void Close(DateTime nowUtc)
    {
        if (Status == AlipayTradeStatus.TRADE_CLOSED)
        {
            throw new AlipayGatewayException(AlipayGatewayError.Business("ACQ.TRADE_HAS_CLOSE", "交易已经关闭"));
        }

        if (Status != AlipayTradeStatus.WAIT_BUYER_PAY)
        {
            throw new AlipayGatewayException(AlipayGatewayError.TradeStatus("交易状态不合法：已付款的交易不能关闭，请发起退款"));
        }

        Status = AlipayTradeStatus.TRADE_CLOSED;
        ClosedAtUtc = nowUtc;
        Version = Guid.NewGuid();
    }

    /// <summary>
    /// Refunds part or all of a paid trade. The same <c>out_request_no</c> again is the same refund, answered
    /// without moving money a second time (Alipay's idempotence); refunding the whole amount closes the trade.
    /// </summary>
    /// <returns>The refund and whether money moved now.</returns>
    public (AlipaySandboxRefund Refund, bool FundChange) Refund(string outRequestNo, decimal amount, DateTime nowUtc)
    {
        if (_refunds.SingleOrDefault(r => r.OutRequestNo == outRequestNo) is { } earlier)
        {
            return earlier.Amount == amount
                ? (earlier, false)
                : throw new AlipayGatewayException(AlipayGatewayError.InvalidParameter(
                    $"out_request_no {outRequestNo} 已用于一笔 {AlipayAmount.Format(earlier.Amount)} 元的退款；重试须使用相同金额，新的退款须使用新的 out_request_no"));
        }

        Require(AlipayTradeStatus.TRADE_SUCCESS, "交易状态不合法：只有已付款且未关闭的交易可以退款");
        if (RefundedAmount + amount > TotalAmount)
        {
            throw new AlipayGatewayException(AlipayGatewayError.Business("ACQ.REFUND_AMT_NOT_EQUAL_TOTAL",
                $"退款金额超限：已退 {AlipayAmount.Format(RefundedAmount)}，本次 {AlipayAmount.Format(amount)}，订单金额 {AlipayAmount.Format(TotalAmount)}"));
        }

        var refund = new AlipaySandboxRefund(Id, outRequestNo, amount, nowUtc);
        _refunds.Add(refund);
        RefundedAmount += amount;
        if (RefundedAmount == TotalAmount)
        {
            Status = AlipayTradeStatus.TRADE_CLOSED;
            ClosedAtUtc = nowUtc;
        }

        Version = Guid.NewGuid();
        return (refund, true);
    }

    private void Require(AlipayTradeStatus status, string subMsg)
    {
        if (Status != status)
        {
            throw new AlipayGatewayException(Status == AlipayTradeStatus.TRADE_SUCCESS && status == AlipayTradeStatus.WAIT_BUYER_PAY
                ? AlipayGatewayError.Business("ACQ.TRADE_HAS_SUCCESS", "交易已被支付")
                : AlipayGatewayError.TradeStatus(subMsg));
        }
    }
}
