namespace MerchantPortal.Platforms.WeChatPay.Client;

/// <summary>A response or notification the client must not trust, with the reason a developer can act on.</summary>
public sealed class WeChatPayProtocolException(string message, Exception? inner = null) : Exception(message, inner);
