using MerchantPortal.Domain.Credentials;

namespace MerchantPortal.Platforms;

/// <summary>A platform whose credentials the portal issues: what its app ids look like and where merchants send requests.</summary>
public interface ICredentialProfile
{
    string PlatformCode { get; }

    string NewAppId(CredentialEnvironment environment);

    /// <summary>The configured gateway (the platform's own sandbox or production), else this portal's sandbox gateway.</summary>
    string GatewayUrl(string portalBaseUri);
}
