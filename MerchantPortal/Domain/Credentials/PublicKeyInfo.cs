using System.Security.Cryptography;

namespace MerchantPortal.Domain.Credentials;

/// <summary>
/// An RSA public key as the portal stores it: the X.509 SubjectPublicKeyInfo DER in Base64 (the form Alipay's
/// key tool shows and its OpenAPI expects) and its SHA-256 fingerprint, which both sides can compare.
/// </summary>
public sealed record PublicKeyInfo(string SpkiBase64, string Fingerprint)
{
    public const int RequiredKeySize = 2048;

    public static PublicKeyInfo Of(RSA rsa)
    {
        var der = rsa.ExportSubjectPublicKeyInfo();
        return new PublicKeyInfo(Convert.ToBase64String(der), FingerprintOf(der));
    }

    /// <summary>SHA-256 over the DER, lowercase hex — what <c>openssl pkey -pubin -outform DER | sha256sum</c> prints.</summary>
    public static string FingerprintOf(byte[] spkiDer) => Convert.ToHexStringLower(SHA256.HashData(spkiDer));
}
