namespace MerchantPortal.Platforms.Alipay.Sandbox;

/// <summary>Alipay's <c>trade_status</c> values. The numbers are stored: never renumber, only append.</summary>
public enum AlipayTradeStatus
{
    WAIT_BUYER_PAY = 0,
    TRADE_SUCCESS = 1,
    TRADE_CLOSED = 2,
    TRADE_FINISHED = 3,
}
