using System.Security.Cryptography;
using MerchantPortal.Domain.Credentials;
using MerchantPortal.Platforms.Alipay.Sandbox;

namespace MerchantPortal.Platforms.Alipay;

/// <summary>Alipay app ids are 16 digits, its sandbox's starting with 9021 and production ones with 2021.</summary>
public sealed class AlipayCredentialProfile(IConfiguration configuration) : ICredentialProfile
{
    public const string GatewayUrlKey = "Platforms:Alipay:GatewayUrl";

    public string PlatformCode => AlipayDefinition.Code;

    public string NewAppId(CredentialEnvironment environment) =>
        (environment == CredentialEnvironment.Sandbox ? "9021" : "2021") + RandomNumberGenerator.GetString("0123456789", 12);

    public string? NewMerchantId(CredentialEnvironment environment) => null;

    public string? NewPublicKeyId(string? merchantId) => null;

    public bool UsesCertificates => false;

    public bool UsesSharedSecret => false;

    public string GatewayUrl(string portalBaseUri) =>
        configuration[GatewayUrlKey] is { Length: > 0 } configured ? configured : portalBaseUri.TrimEnd('/') + AlipaySandboxEndpoints.GatewayPath;
}
