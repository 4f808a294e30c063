namespace MerchantPortal.Platforms.Alipay.Sandbox;

/// <summary>One refund of a sandbox trade, keyed by the merchant's <c>out_request_no</c>.</summary>
public sealed class AlipaySandboxRefund
{
    public const int MaxOutRequestNoLength = 64;

    private AlipaySandboxRefund()
    {
    }

    internal AlipaySandboxRefund(Guid tradeId, string outRequestNo, decimal amount, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        TradeId = tradeId;
        OutRequestNo = outRequestNo;
        Amount = amount;
        AtUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public Guid TradeId { get; private set; }

    public string OutRequestNo { get; private set; } = "";

    public decimal Amount { get; private set; }

    public DateTime AtUtc { get; private set; }
}
