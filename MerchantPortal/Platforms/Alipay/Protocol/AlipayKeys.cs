using System.Security.Cryptography;

namespace MerchantPortal.Platforms.Alipay.Protocol;

/// <summary>
/// Reads the keys merchants paste: PEM with its header (PKCS#1 or PKCS#8, public or private), or the bare
/// Base64 body Alipay's own key tool shows without one.
/// </summary>
public static class AlipayKeys
{
    public static RSA PublicKey(string text)
    {
        var rsa = RSA.Create();
        if (text.Contains("-----BEGIN", StringComparison.Ordinal))
        {
            rsa.ImportFromPem(text);
        }
        else
        {
            rsa.ImportSubjectPublicKeyInfo(Convert.FromBase64String(Bare(text)), out _);
        }

        return rsa;
    }

    public static RSA PrivateKey(string text)
    {
        var rsa = RSA.Create();
        if (text.Contains("-----BEGIN", StringComparison.Ordinal))
        {
            rsa.ImportFromPem(text);
            return rsa;
        }

        var der = Convert.FromBase64String(Bare(text));
        try
        {
            rsa.ImportPkcs8PrivateKey(der, out _);
        }
        catch (CryptographicException)
        {
            rsa.ImportRSAPrivateKey(der, out _);
        }

        return rsa;
    }

    private static string Bare(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
