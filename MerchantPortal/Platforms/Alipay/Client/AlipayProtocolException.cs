namespace MerchantPortal.Platforms.Alipay.Client;

/// <summary>An answer the client must not trust: not an Alipay response, unsigned where a signature is due, or signed by someone else.</summary>
public sealed class AlipayProtocolException(string message) : Exception(message);
