using MerchantPortal.Domain.Credentials;

namespace MerchantPortal.Platforms;

/// <summary>A platform whose credentials the portal issues; its folder says what its app ids look like.</summary>
public interface IAppIdIssuer
{
    string PlatformCode { get; }

    string NewAppId(CredentialEnvironment environment);
}
