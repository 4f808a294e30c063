using System.Security.Cryptography;
using System.Text;

namespace MerchantPortal.Platforms.Signing;

/// <summary>
/// SHA256withRSA with PKCS#1 v1.5 padding, Base64: what Alipay calls RSA2 and WeChat Pay calls
/// SHA256-RSA2048, over the UTF-8 bytes of whatever each protocol signs.
/// </summary>
public static class Sha256WithRsa
{
    public static string Sign(string content, RSA privateKey) => Sign(Encoding.UTF8.GetBytes(content), privateKey);

    public static string Sign(ReadOnlySpan<byte> content, RSA privateKey) =>
        Convert.ToBase64String(privateKey.SignData(content, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));

    public static bool Verify(string content, string? signature, RSA publicKey) => Verify(Encoding.UTF8.GetBytes(content), signature, publicKey);

    /// <summary>False for a signature that is missing, not Base64, or does not match.</summary>
    public static bool Verify(ReadOnlySpan<byte> content, string? signature, RSA publicKey)
    {
        if (string.IsNullOrEmpty(signature))
        {
            return false;
        }

        var bytes = new byte[signature.Length];
        return Convert.TryFromBase64String(signature, bytes, out var length)
            && publicKey.VerifyData(content, bytes.AsSpan(0, length), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }
}
