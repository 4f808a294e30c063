using System.Text;
using System.Text.Json;

namespace MerchantPortal.Platforms.Alipay.Protocol;

/// <summary>
/// A gateway response, <c>{"&lt;method_with_underscores&gt;_response":{…},"sign":"…"}</c>, as transmitted. The
/// signature covers the inner object's exact bytes, so they are cut out of the body, never re-serialized
/// (re-serializing changes escapes, spacing and number forms, and the signature with them).
/// </summary>
public sealed class AlipayResponseBody
{
    private AlipayResponseBody(string responseKey, ReadOnlyMemory<byte> signedContent, string? sign)
    {
        ResponseKey = responseKey;
        SignedContent = signedContent;
        Sign = sign;
    }

    /// <summary>The key the inner object was found under: the method's, or <c>error_response</c>.</summary>
    public string ResponseKey { get; }

    public ReadOnlyMemory<byte> SignedContent { get; }

    public string? Sign { get; }

    public string SignedText => Encoding.UTF8.GetString(SignedContent.Span);

    public static string ResponseKeyOf(string method) => method.Replace('.', '_') + "_response";

    /// <returns>Null when the body is not JSON or holds neither the method's response nor an error response.</returns>
    public static AlipayResponseBody? Parse(ReadOnlyMemory<byte> body, string method)
    {
        var wanted = ResponseKeyOf(method);
        (string Key, int Start, int Length)? found = null;
        string? sign = null;
        try
        {
            var reader = new Utf8JsonReader(body.Span);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                if (name == "sign" && reader.TokenType == JsonTokenType.String)
                {
                    sign = reader.GetString();
                }

                reader.Skip();
                if (name == wanted || (name == "error_response" && found is null))
                {
                    found = (name, start, (int)reader.BytesConsumed - start);
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return found is { } part ? new AlipayResponseBody(part.Key, body.Slice(part.Start, part.Length), sign) : null;
    }
}
