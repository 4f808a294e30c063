namespace MerchantPortal.Platforms.WeChatPay.Sandbox;

/// <summary>
/// The sandbox's own rule for how a refund ends, by its amount (as Stripe's test amounts force outcomes): exactly
/// 404 fen (¥4.04) ends ABNORMAL — the buyer's card refused it —, 410 fen (¥4.10) ends CLOSED; any other succeeds.
/// Only a successful refund takes money back.
/// </summary>
public static class WeChatPayRefundOutcomes
{
    public const int AbnormalFen = 404;
    public const int ClosedFen = 410;

    public static WeChatPayRefundStatus For(int amountFen) => amountFen switch
    {
        AbnormalFen => WeChatPayRefundStatus.ABNORMAL,
        ClosedFen => WeChatPayRefundStatus.CLOSED,
        _ => WeChatPayRefundStatus.SUCCESS,
    };

    /// <summary>The notification WeChat Pay sends for the outcome: its event type and summary.</summary>
    public static (string EventType, string Summary) Notification(WeChatPayRefundStatus status) => status switch
    {
        WeChatPayRefundStatus.ABNORMAL => ("REFUND.ABNORMAL", "退款异常"),
        WeChatPayRefundStatus.CLOSED => ("REFUND.CLOSED", "退款关闭"),
        _ => ("REFUND.SUCCESS", "退款成功"),
    };
}
