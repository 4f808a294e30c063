using MerchantPortal.Domain.Credentials;

namespace MerchantPortal.Platforms;

/// <summary>A platform whose credentials the portal issues: what its ids look like, which kinds of key it uses, and where merchants send requests.</summary>
public interface ICredentialProfile
{
    string PlatformCode { get; }

    string NewAppId(CredentialEnvironment environment);

    /// <summary>The merchant id the platform assigns (WeChat Pay's mchid); null where there is none.</summary>
    string? NewMerchantId(CredentialEnvironment environment);

    /// <summary>Whether keys travel as certificates named by their serial numbers (WeChat Pay) rather than as bare public keys (Alipay).</summary>
    bool UsesCertificates { get; }

    /// <summary>The id the platform gives its public key beside the certificate's serial (WeChat Pay's <c>PUB_KEY_ID_…</c>); null where there is none.</summary>
    string? NewPublicKeyId(string? merchantId);

    /// <summary>Whether the platform also shares a secret with the merchant (WeChat Pay's API v3 key).</summary>
    bool UsesSharedSecret { get; }

    /// <summary>The configured gateway (the platform's own sandbox or production), else this portal's sandbox gateway.</summary>
    string GatewayUrl(string portalBaseUri);
}
