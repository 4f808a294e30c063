using System.Text.Json;

namespace MerchantPortal.Platforms.WeChatPay.Client;

/// <summary>A verified answer: the HTTP status, and for an error WeChat Pay's <c>code</c> and <c>message</c>.</summary>
public sealed record WeChatPayResult(int Status, JsonElement Body)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    public string? Code => Field("code");

    public string? Message => Field("message");

    public string? Field(string name) => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
        ? value.GetString()
        : null;
}
