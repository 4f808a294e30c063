using System.Text.Json;

namespace MerchantPortal.Platforms.Alipay.Sandbox;

/// <summary>A request's <c>biz_content</c>: the method's own fields, as a JSON object.</summary>
public sealed class AlipayBizContent
{
    private readonly JsonElement root;

    private AlipayBizContent(JsonElement root) => this.root = root;

    /// <exception cref="AlipayGatewayException"><c>isv.invalid-parameter</c> when it is not a JSON object.</exception>
    public static AlipayBizContent Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return new AlipayBizContent(JsonDocument.Parse("{}").RootElement);
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return new AlipayBizContent(document.RootElement.Clone());
            }
        }
        catch (JsonException)
        {
            // Refused below, with the same words as a JSON value that is not an object.
        }

        throw new AlipayGatewayException(AlipayGatewayError.Invalid("isv.invalid-parameter", "biz_content 必须是 JSON 对象，例如 {\"out_trade_no\":\"20260101001\"}"));
    }

    /// <summary>A field as text: strings as they are, numbers as written (SDKs send amounts either way).</summary>
    public string? Optional(string name, int maxLength)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind is JsonValueKind.Null)
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => throw new AlipayGatewayException(AlipayGatewayError.InvalidParameter($"{name} 须为字符串")),
        };
        if (text?.Length > maxLength)
        {
            throw new AlipayGatewayException(AlipayGatewayError.InvalidParameter($"{name} 超过 {maxLength} 个字符"));
        }

        return string.IsNullOrEmpty(text) ? null : text;
    }

    public string Required(string name, int maxLength) =>
        Optional(name, maxLength) ?? throw new AlipayGatewayException(AlipayGatewayError.InvalidParameter($"缺少必选参数 {name}"));
}
