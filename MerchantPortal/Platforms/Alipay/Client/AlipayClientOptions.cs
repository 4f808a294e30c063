namespace MerchantPortal.Platforms.Alipay.Client;

/// <summary>
/// Who the client is and whom it trusts: the app id, the merchant's private key (PEM or Alipay's bare Base64) and
/// the platform public keys valid now — two while Alipay's key rotates.
/// </summary>
public sealed record AlipayClientOptions(Uri GatewayUrl, string AppId, string PrivateKey, IReadOnlyList<string> PlatformPublicKeys);
