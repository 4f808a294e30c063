using System.Security.Cryptography;
using MerchantPortal.Domain.Credentials;
using MerchantPortal.Platforms.WeChatPay.Sandbox;

namespace MerchantPortal.Platforms.WeChatPay;

/// <summary>WeChat Pay: a 10-digit mchid, an app id <c>wx</c> + 16 hex digits, certificates named by serial, an API v3 key.</summary>
public sealed class WeChatPayCredentialProfile(IConfiguration configuration) : ICredentialProfile
{
    public const string BaseUrlKey = "Platforms:WeChatPay:BaseUrl";

    public string PlatformCode => WeChatPayDefinition.Code;

    public string NewAppId(CredentialEnvironment environment) => "wx" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    public string? NewMerchantId(CredentialEnvironment environment) =>
        (environment == CredentialEnvironment.Sandbox ? "19" : "16") + RandomNumberGenerator.GetString("0123456789", 8);

    public bool UsesCertificates => true;

    public bool UsesSharedSecret => true;

    /// <summary>The API's base (the part before <c>/v3/…</c>): <c>https://api.mch.weixin.qq.com</c> in production.</summary>
    public string GatewayUrl(string portalBaseUri) =>
        configuration[BaseUrlKey] is { Length: > 0 } configured ? configured : portalBaseUri.TrimEnd('/') + WeChatPaySandboxEndpoints.BasePath;

    /// <summary>WeChat Pay's platform public key ids: <c>PUB_KEY_ID_</c>, then 01, the mchid and 16 digits.</summary>
    public string? NewPublicKeyId(string? merchantId) => Protocol.WeChatPaySerial.PublicKeyIdPrefix + "01" + merchantId + RandomNumberGenerator.GetString("0123456789", 16);
}
