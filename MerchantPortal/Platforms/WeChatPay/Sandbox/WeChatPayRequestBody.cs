using System.Text.Json;

namespace MerchantPortal.Platforms.WeChatPay.Sandbox;

/// <summary>A request's JSON body, read field by field with WeChat Pay's PARAM_ERROR naming what is wrong.</summary>
public sealed class WeChatPayRequestBody
{
    private readonly JsonElement root;

    private WeChatPayRequestBody(JsonElement root) => this.root = root;

    public static WeChatPayRequestBody Parse(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return new WeChatPayRequestBody(document.RootElement.Clone());
            }
        }
        catch (JsonException)
        {
            // Refused below with the same words.
        }

        throw WeChatPayGatewayException.ParamError("请求体须为 JSON 对象");
    }

    public string? Text(string path, int maxLength)
    {
        if (Find(path) is not { } value || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : throw WeChatPayGatewayException.ParamError($"{path} 须为字符串");
        return text?.Length > maxLength ? throw WeChatPayGatewayException.ParamError($"{path} 超过 {maxLength} 个字符") : text;
    }

    public string RequiredText(string path, int maxLength) =>
        Text(path, maxLength) is { Length: > 0 } text ? text : throw WeChatPayGatewayException.ParamError($"缺少必填参数 {path}");

    /// <summary>A merchant's order or refund number: WeChat Pay allows letters, digits and <c>_-|*</c>.</summary>
    public string OrderNumber(string path, int minLength, int maxLength)
    {
        var text = RequiredText(path, maxLength);
        return text.Length >= minLength && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '|' or '*')
            ? text
            : throw WeChatPayGatewayException.ParamError($"{path} 须为 {minLength}–{maxLength} 位字母、数字或 _-|*");
    }

    /// <summary>An amount in fen: a positive JSON integer (not a string, not a decimal).</summary>
    public int Fen(string path)
    {
        if (Find(path) is not { ValueKind: JsonValueKind.Number } value)
        {
            throw WeChatPayGatewayException.ParamError($"缺少必填参数 {path}（整数，单位分）");
        }

        return value.TryGetInt32(out var fen) && fen > 0 ? fen : throw WeChatPayGatewayException.ParamError($"{path} 须为正整数（单位分），收到 {value.GetRawText()}");
    }

    private JsonElement? Find(string path)
    {
        var current = root;
        foreach (var part in path.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(part, out current))
            {
                return null;
            }
        }

        return current;
    }
}
