namespace MerchantPortal.Platforms.Alipay.Protocol;

/// <summary>Alipay's name for SHA256withRSA (<see cref="Signing.Sha256WithRsa"/>), as it travels in <c>sign_type</c>.</summary>
public static class AlipayRsa2
{
    public const string SignType = "RSA2";
}
