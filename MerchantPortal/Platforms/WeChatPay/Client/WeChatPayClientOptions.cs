namespace MerchantPortal.Platforms.WeChatPay.Client;

/// <summary>
/// Who the client is and whom it trusts: the mchid, the serial of the merchant's API certificate and its private key,
/// and the platform's verification keys by the name <c>Wechatpay-Serial</c> gives them (a certificate serial → the
/// certificate PEM, or a <c>PUB_KEY_ID_…</c> → the public key PEM).
/// </summary>
public sealed record WeChatPayClientOptions(Uri BaseUrl, string MchId, string AppId, string MerchantSerial, string PrivateKeyPem,
    IReadOnlyDictionary<string, string> PlatformKeys);
