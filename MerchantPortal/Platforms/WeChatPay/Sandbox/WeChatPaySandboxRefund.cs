namespace MerchantPortal.Platforms.WeChatPay.Sandbox;

/// <summary>One refund in the WeChat Pay sandbox, keyed by the merchant's <c>out_refund_no</c>.</summary>
public sealed class WeChatPaySandboxRefund
{
    public const int MaxOutRefundNoLength = 64;

    private WeChatPaySandboxRefund()
    {
    }

    public WeChatPaySandboxRefund(Guid credentialsId, Guid transactionRowId, string outRefundNo, string refundId, int amount, string? reason, string? notifyUrl,
        WeChatPayRefundStatus status, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        CredentialsId = credentialsId;
        TransactionRowId = transactionRowId;
        OutRefundNo = outRefundNo;
        RefundId = refundId;
        Amount = amount;
        Reason = reason;
        NotifyUrl = notifyUrl;
        Status = status;
        CreatedAtUtc = nowUtc;
        SuccessAtUtc = status == WeChatPayRefundStatus.SUCCESS ? nowUtc : null;
    }

    public Guid Id { get; private set; }

    public Guid CredentialsId { get; private set; }

    public Guid TransactionRowId { get; private set; }

    public string OutRefundNo { get; private set; } = "";

    /// <summary>WeChat Pay's refund number: 50, then 30 digits.</summary>
    public string RefundId { get; private set; } = "";

    public int Amount { get; private set; }

    public string? Reason { get; private set; }

    public string? NotifyUrl { get; private set; }

    public WeChatPayRefundStatus Status { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? SuccessAtUtc { get; private set; }
}
