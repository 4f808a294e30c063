using System.Security.Cryptography;
using System.Text;

namespace MerchantPortal.Platforms.WeChatPay.Protocol;

/// <summary>
/// AEAD_AES_256_GCM as WeChat Pay uses it for notification resources and sensitive fields: the API v3 key's
/// bytes as the AES key, a 12-character nonce and the associated data as UTF-8, Base64 of ciphertext ‖ 16-byte
/// tag. Real API v3 keys are 32 bytes (AES-256); a 16-byte key (AES-128) is accepted too, because the SDKs'
/// published notification vector uses one.
/// </summary>
public static class AeadAesGcm
{
    public const string Algorithm = "AEAD_AES_256_GCM";
    private const int TagSize = 16;

    public const int NonceLength = 12;

    public static string Encrypt(ReadOnlySpan<byte> key, string nonce, string associatedData, string plaintext)
    {
        Check(key, nonce);
        var clear = Encoding.UTF8.GetBytes(plaintext);
        var sealedBytes = new byte[clear.Length + TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(Encoding.UTF8.GetBytes(nonce), clear, sealedBytes.AsSpan(0, clear.Length), sealedBytes.AsSpan(clear.Length), Encoding.UTF8.GetBytes(associatedData));
        return Convert.ToBase64String(sealedBytes);
    }

    /// <exception cref="CryptographicException">The key, nonce, associated data or ciphertext is not the one sealed.</exception>
    public static string Decrypt(ReadOnlySpan<byte> key, string nonce, string associatedData, string ciphertext)
    {
        byte[] sealedBytes;
        try
        {
            sealedBytes = Convert.FromBase64String(ciphertext);
        }
        catch (FormatException e)
        {
            throw new CryptographicException("The ciphertext is not Base64.", e);
        }

        if (sealedBytes.Length < TagSize)
        {
            throw new CryptographicException("The ciphertext is shorter than its tag.");
        }

        Check(key, nonce);
        var clear = new byte[sealedBytes.Length - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(Encoding.UTF8.GetBytes(nonce), sealedBytes.AsSpan(0, clear.Length), sealedBytes.AsSpan(clear.Length), clear, Encoding.UTF8.GetBytes(associatedData));
        return Encoding.UTF8.GetString(clear);
    }

    private static void Check(ReadOnlySpan<byte> key, string nonce)
    {
        if (key.Length is not (16 or 32) || Encoding.UTF8.GetByteCount(nonce) != NonceLength)
        {
            throw new CryptographicException($"AEAD_AES_256_GCM needs a 32-byte key (16 accepted) and a {NonceLength}-byte nonce.");
        }
    }
}
