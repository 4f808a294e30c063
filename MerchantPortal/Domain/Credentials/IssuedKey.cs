namespace MerchantPortal.Domain.Credentials;

/// <summary>A public key with the names its protocol gives it: none for Alipay; a certificate serial, or a <c>PUB_KEY_ID_…</c> beside one, for WeChat Pay.</summary>
public sealed record IssuedKey(PublicKeyInfo Key, string? KeyId = null, string? CertificatePem = null, string? CertificateSerial = null)
{
    public static IssuedKey Of(CertificateInfo certificate) => new(certificate.Key, certificate.Serial, certificate.Pem);
}
