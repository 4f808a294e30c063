namespace MerchantPortal.Platforms.WeChatPay.Sandbox;

/// <summary>The sandbox's answer: status, the body's exact bytes (empty for 204) and the signed <c>Wechatpay-*</c> headers.</summary>
public sealed record WeChatPayReply(int Status, byte[] Body, IReadOnlyDictionary<string, string> Headers);
