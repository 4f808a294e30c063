namespace MerchantPortal.Platforms.WeChatPay.Sandbox;

/// <summary>WeChat Pay's refund <c>status</c> values. The numbers are stored: never renumber, only append.</summary>
public enum WeChatPayRefundStatus
{
    PROCESSING = 0,
    SUCCESS = 1,
    ABNORMAL = 2,
    CLOSED = 3,
}
