using System.Globalization;
using System.Security.Cryptography;
using MerchantPortal.Platforms.Signing;
using MerchantPortal.Platforms.WeChatPay.Protocol;

namespace MerchantPortal.Platforms.WeChatPay.Client;

/// <summary>
/// Checks a response's or notification's <c>Wechatpay-*</c> signature: the key is the one registered under the
/// <c>Wechatpay-Serial</c> header — a platform certificate's serial number or a platform public key's
/// <c>PUB_KEY_ID_…</c> — and the timestamp must be less than five minutes from the clock.
/// </summary>
public sealed class WeChatPayVerifier(IReadOnlyDictionary<string, RSA> keysBySerial, TimeProvider clock)
{
    public static readonly TimeSpan Freshness = TimeSpan.FromMinutes(5);

    /// <exception cref="WeChatPayProtocolException">Naming what is missing, stale, unknown or forged.</exception>
    public void Verify(WeChatPaySignedHeaders headers, ReadOnlySpan<byte> body)
    {
        if (headers.Timestamp is null || headers.Nonce is null || headers.Signature is null || headers.Serial is null)
        {
            throw new WeChatPayProtocolException($"Missing {string.Join(", ", Missing(headers))}.");
        }

        if (!long.TryParse(headers.Timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            throw new WeChatPayProtocolException($"{WeChatPaySignedHeaders.TimestampHeader} is not a Unix time in seconds: {headers.Timestamp}");
        }

        var skew = clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253402300799));
        if (skew.Duration() >= Freshness)
        {
            throw new WeChatPayProtocolException($"{WeChatPaySignedHeaders.TimestampHeader} is {(int)skew.Duration().TotalMinutes} minutes away from now; at most 5 are accepted.");
        }

        if (!keysBySerial.TryGetValue(headers.Serial, out var key))
        {
            throw new WeChatPayProtocolException($"{WeChatPaySignedHeaders.SerialHeader} {headers.Serial} is not a platform certificate or public key known here.");
        }

        if (!Sha256WithRsa.Verify(WeChatPayMessages.Response(headers.Timestamp, headers.Nonce, body), headers.Signature, key))
        {
            throw new WeChatPayProtocolException($"{WeChatPaySignedHeaders.SignatureHeader} does not verify with the key of serial {headers.Serial}.");
        }
    }

    private static IEnumerable<string> Missing(WeChatPaySignedHeaders headers)
    {
        if (headers.Timestamp is null)
        {
            yield return WeChatPaySignedHeaders.TimestampHeader;
        }

        if (headers.Nonce is null)
        {
            yield return WeChatPaySignedHeaders.NonceHeader;
        }

        if (headers.Signature is null)
        {
            yield return WeChatPaySignedHeaders.SignatureHeader;
        }

        if (headers.Serial is null)
        {
            yield return WeChatPaySignedHeaders.SerialHeader;
        }
    }
}
