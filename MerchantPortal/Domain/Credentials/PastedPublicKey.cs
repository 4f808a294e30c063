using System.Security.Cryptography;

namespace MerchantPortal.Domain.Credentials;

/// <summary>
/// Reads a public key a merchant pasted — PEM (<c>PUBLIC KEY</c> or <c>RSA PUBLIC KEY</c>) or the bare Base64 body
/// Alipay's key tool shows — and says precisely what is wrong with anything else.
/// </summary>
public static class PastedPublicKey
{
    public const int MaxLength = 4000;

    /// <exception cref="DomainException">Naming what was pasted instead of an RSA-2048 public key.</exception>
    public static PublicKeyInfo Parse(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            throw Refused(DomainErrors.PublicKeyMissing);
        }

        if (trimmed.Length > MaxLength)
        {
            throw Refused(DomainErrors.PublicKeyUnreadable);
        }

        if (trimmed.Contains("PRIVATE KEY", StringComparison.Ordinal))
        {
            // A private key must never leave the merchant's hands; say so instead of reading it.
            throw Refused(DomainErrors.PrivateKeyPasted);
        }

        if (trimmed.Contains("CERTIFICATE", StringComparison.Ordinal))
        {
            throw Refused(DomainErrors.CertificatePasted);
        }

        using var rsa = RSA.Create();
        try
        {
            if (trimmed.StartsWith("-----BEGIN", StringComparison.Ordinal))
            {
                rsa.ImportFromPem(trimmed);
            }
            else
            {
                var der = Convert.FromBase64String(string.Concat(trimmed.Where(c => !char.IsWhiteSpace(c))));
                ImportBare(rsa, der);
            }
        }
        catch (Exception e) when (e is CryptographicException or FormatException or ArgumentException)
        {
            throw Refused(DomainErrors.PublicKeyUnreadable);
        }

        if (rsa.KeySize != PublicKeyInfo.RequiredKeySize)
        {
            throw Refused(DomainErrors.PublicKeySize, rsa.KeySize);
        }

        return PublicKeyInfo.Of(rsa);
    }

    private static void ImportBare(RSA rsa, byte[] der)
    {
        try
        {
            rsa.ImportSubjectPublicKeyInfo(der, out var read);
            if (read == der.Length)
            {
                return;
            }
        }
        catch (CryptographicException)
        {
            // Not SubjectPublicKeyInfo: try the PKCS#1 form next.
        }

        rsa.ImportRSAPublicKey(der, out var pkcs1Read);
        if (pkcs1Read != der.Length)
        {
            throw new CryptographicException("Trailing bytes after the key.");
        }
    }

    private static DomainException Refused(string code, params object[] args) => new(code, args);
}
