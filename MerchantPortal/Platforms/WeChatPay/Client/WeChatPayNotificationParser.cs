using System.Security.Cryptography;
using System.Text.Json;
using MerchantPortal.Platforms.WeChatPay.Protocol;

namespace MerchantPortal.Platforms.WeChatPay.Client;

/// <summary>
/// What a merchant's notify URL does with a WeChat Pay notification: verify the signature (key chosen by serial,
/// freshness by the clock), then decrypt <c>resource</c> with the API v3 key — any of the keys valid during a
/// rotation's overlap.
/// </summary>
public static class WeChatPayNotificationParser
{
    /// <exception cref="WeChatPayProtocolException">The notification is not signed by the platform, is stale, or cannot be decrypted.</exception>
    public static WeChatPayNotification Parse(WeChatPaySignedHeaders headers, byte[] body, WeChatPayVerifier verifier, IReadOnlyList<byte[]> apiV3Keys)
    {
        verifier.Verify(headers, body);
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var resource = root.GetProperty("resource");
            var algorithm = resource.GetProperty("algorithm").GetString();
            if (algorithm != AeadAesGcm.Algorithm)
            {
                throw new WeChatPayProtocolException($"Unknown resource algorithm {algorithm}.");
            }

            var nonce = resource.GetProperty("nonce").GetString()!;
            var associatedData = resource.TryGetProperty("associated_data", out var ad) ? ad.GetString() ?? "" : "";
            var ciphertext = resource.GetProperty("ciphertext").GetString()!;
            return new WeChatPayNotification(
                root.GetProperty("id").GetString()!,
                DateTimeOffset.Parse(root.GetProperty("create_time").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
                root.GetProperty("event_type").GetString()!,
                root.GetProperty("resource_type").GetString()!,
                root.TryGetProperty("summary", out var summary) ? summary.GetString() ?? "" : "",
                resource.TryGetProperty("original_type", out var original) ? original.GetString() ?? "" : "",
                associatedData,
                Decrypt(apiV3Keys, nonce, associatedData, ciphertext));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new WeChatPayProtocolException("The notification body is not a WeChat Pay notification.", e);
        }
    }

    private static string Decrypt(IReadOnlyList<byte[]> keys, string nonce, string associatedData, string ciphertext)
    {
        foreach (var key in keys)
        {
            try
            {
                return AeadAesGcm.Decrypt(key, nonce, associatedData, ciphertext);
            }
            catch (CryptographicException)
            {
                // Not this key (or tampered): try the next one valid now.
            }
        }

        throw new WeChatPayProtocolException("The resource does not decrypt with the API v3 key: the ciphertext, nonce or associated data was changed, or the key is not the one set here.");
    }
}
