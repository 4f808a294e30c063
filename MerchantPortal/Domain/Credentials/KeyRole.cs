namespace MerchantPortal.Domain.Credentials;

/// <summary>Whose key it is — the one thing merchants mix up (Alipay's 应用公钥 versus 支付宝公钥).</summary>
public enum KeyRole
{
    /// <summary>The merchant's own key: the platform verifies the merchant's requests with its public half.</summary>
    Merchant = 0,

    /// <summary>The platform's key: the merchant verifies responses and notifications with its public half.</summary>
    Platform = 1,

    /// <summary>A secret both sides hold (WeChat Pay's API v3 key, which encrypts notifications); only its fingerprint is shown.</summary>
    SharedSecret = 2,
}
