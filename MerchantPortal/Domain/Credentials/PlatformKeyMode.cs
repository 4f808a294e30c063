namespace MerchantPortal.Domain.Credentials;

/// <summary>How a WeChat Pay merchant verifies the platform: by its certificate (serial number) or by its public key (<c>PUB_KEY_ID_…</c>).</summary>
public enum PlatformKeyMode
{
    PublicKey = 0,
    Certificate = 1,
}
