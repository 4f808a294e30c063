using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MerchantPortal.Domain.Credentials;

/// <summary>A certificate a merchant uploads (or the sandbox CA issues): its RSA-2048 key, serial number and PEM.</summary>
public sealed record CertificateInfo(PublicKeyInfo Key, string Serial, string Pem, DateTime NotAfterUtc)
{
    public const int MaxPemLength = 8000;

    public static CertificateInfo Of(X509Certificate2 certificate)
    {
        using var rsa = certificate.GetRSAPublicKey() ?? throw new DomainException(DomainErrors.CertificateUnreadable);
        return new CertificateInfo(PublicKeyInfo.Of(rsa), SerialOf(certificate), certificate.ExportCertificatePem(), certificate.NotAfter.ToUniversalTime());
    }

    /// <summary>
    /// Upper-case hex of the serial number, two digits a byte, without the zero bytes DER puts in front to keep it
    /// positive — what openssl and the WeChat Pay SDKs print.
    /// </summary>
    public static string SerialOf(X509Certificate2 certificate)
    {
        var bytes = certificate.SerialNumberBytes.Span;
        while (bytes.Length > 1 && bytes[0] == 0)
        {
            bytes = bytes[1..];
        }

        return Convert.ToHexString(bytes);
    }

    /// <exception cref="DomainException">For anything but a PEM certificate with an RSA-2048 key, valid now.</exception>
    public static CertificateInfo Parse(string? pem, DateTime nowUtc)
    {
        var text = pem?.Trim() ?? "";
        if (text.Contains("PRIVATE KEY", StringComparison.Ordinal))
        {
            throw new DomainException(DomainErrors.PrivateKeyPasted);
        }

        X509Certificate2 certificate;
        try
        {
            certificate = text.Length is > 0 and <= MaxPemLength ? X509Certificate2.CreateFromPem(text) : throw new CryptographicException();
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            throw new DomainException(DomainErrors.CertificateUnreadable);
        }

        using (certificate)
        {
            if (certificate.GetRSAPublicKey() is not { KeySize: PublicKeyInfo.RequiredKeySize } rsa)
            {
                throw new DomainException(DomainErrors.PublicKeySize, certificate.PublicKey.GetRSAPublicKey()?.KeySize ?? 0);
            }

            rsa.Dispose();
            if (certificate.NotAfter.ToUniversalTime() <= nowUtc || certificate.NotBefore.ToUniversalTime() > nowUtc)
            {
                throw new DomainException(DomainErrors.CertificateNotValidNow);
            }

            return Of(certificate);
        }
    }
}
