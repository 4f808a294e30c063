using System.Security.Cryptography;
using MerchantPortal.Domain.Credentials;

namespace MerchantPortal.Platforms.Alipay;

/// <summary>Alipay app ids are 16 digits; its sandbox's start with 9021, production ones with 2021.</summary>
public sealed class AlipayAppIds : IAppIdIssuer
{
    public string PlatformCode => AlipayDefinition.Code;

    public string NewAppId(CredentialEnvironment environment) =>
        (environment == CredentialEnvironment.Sandbox ? "9021" : "2021") + RandomNumberGenerator.GetString("0123456789", 12);
}
