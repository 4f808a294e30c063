using System.Security.Cryptography;
using System.Text;

namespace MerchantPortal.Domain.Credentials;

/// <summary>WeChat Pay's API v3 key: exactly 32 ASCII letters and digits (the AES-256 key of its notifications).</summary>
public static class ApiV3Key
{
    public const int Length = 32;

    private const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    public static string Generate() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <exception cref="DomainException"><see cref="DomainErrors.ApiV3KeyInvalid"/> for anything but 32 letters and digits.</exception>
    public static string Validate(string? key)
    {
        var trimmed = key?.Trim() ?? "";
        return trimmed.Length == Length && trimmed.All(c => c < 128 && char.IsAsciiLetterOrDigit(c))
            ? trimmed
            : throw new DomainException(DomainErrors.ApiV3KeyInvalid, Length, trimmed.Length);
    }

    /// <summary>Names the key without revealing it: the first 16 hex digits of its SHA-256.</summary>
    public static string FingerprintOf(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(key)))[..16];
}
