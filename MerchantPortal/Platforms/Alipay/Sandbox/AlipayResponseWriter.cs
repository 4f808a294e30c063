using MerchantPortal.Platforms.Signing;
using System.Buffers;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using MerchantPortal.Platforms.Alipay.Protocol;

namespace MerchantPortal.Platforms.Alipay.Sandbox;

/// <summary>
/// Writes <c>{"&lt;method&gt;_response":{…},"sign":"…"}</c>: the inner object is written once, signed as those exact
/// bytes, and copied into the envelope unchanged — the client verifies the bytes it received.
/// </summary>
public static class AlipayResponseWriter
{
    // Chinese messages go out as UTF-8, as Alipay's do, not as \u escapes.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="signer">The platform's private key; null when the app is unknown and there is nothing to sign with.</param>
    public static byte[] Write(string responseKey, IEnumerable<KeyValuePair<string, string>> fields, RSA? signer)
    {
        var inner = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(inner, Options))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in fields)
            {
                writer.WriteString(name, value);
            }

            writer.WriteEndObject();
        }

        var envelope = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(envelope, Options))
        {
            writer.WriteStartObject();
            writer.WritePropertyName(responseKey);
            writer.WriteRawValue(inner.WrittenSpan, skipInputValidation: true);
            if (signer is not null)
            {
                writer.WriteString("sign", Sha256WithRsa.Sign(inner.WrittenSpan, signer));
            }

            writer.WriteEndObject();
        }

        return envelope.WrittenSpan.ToArray();
    }
}
