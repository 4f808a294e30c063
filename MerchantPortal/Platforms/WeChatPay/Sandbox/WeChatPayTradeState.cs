namespace MerchantPortal.Platforms.WeChatPay.Sandbox;

/// <summary>WeChat Pay's <c>trade_state</c> values. The numbers are stored: never renumber, only append.</summary>
public enum WeChatPayTradeState
{
    NOTPAY = 0,
    SUCCESS = 1,
    CLOSED = 2,
    REFUND = 3,
    PAYERROR = 4,
    USERPAYING = 5,
    REVOKED = 6,
}
