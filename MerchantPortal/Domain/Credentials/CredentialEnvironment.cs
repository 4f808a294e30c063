namespace MerchantPortal.Domain.Credentials;

/// <summary>Sandbox credentials exist from submission on; live ones only once the enrollment is live.</summary>
public enum CredentialEnvironment
{
    Sandbox = 0,
    Live = 1,
}
