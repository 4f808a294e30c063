using System.Security.Cryptography;

namespace MerchantPortal.Platforms.Alipay.Protocol;

/// <summary>
/// Reads the keys merchants paste: PEM with its header (PKCS#1 or PKCS#8, public or private), or the bare
/// Base64 body Alipay's own key tool shows without one.
/// </summary>
public static class AlipayKeys
{
    public static RSA PublicKey(string text) => Import(text, rsa => rsa.ImportSubjectPublicKeyInfo(Convert.FromBase64String(Bare(text)), out _));

    public static RSA PrivateKey(string text) => Import(text, rsa =>
    {
        var der = Convert.FromBase64String(Bare(text));
        try
        {
            rsa.ImportPkcs8PrivateKey(der, out _);
        }
        catch (CryptographicException)
        {
            rsa.ImportRSAPrivateKey(der, out _);
        }
    });

    /// <summary>A key that cannot be read leaves nothing undisposed behind.</summary>
    private static RSA Import(string text, Action<RSA> importBare)
    {
        var rsa = RSA.Create();
        try
        {
            if (text.Contains("-----BEGIN", StringComparison.Ordinal))
            {
                rsa.ImportFromPem(text);
            }
            else
            {
                importBare(rsa);
            }

            return rsa;
        }
        catch
        {
            rsa.Dispose();
            throw;
        }
    }

    private static string Bare(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
