using System.Text.Json;

namespace MerchantPortal.Platforms.WeChatPay.Client;

/// <summary>An answer: the HTTP status, and for an error WeChat Pay's <c>code</c> and <c>message</c>.</summary>
/// <param name="Verified">Whether the platform signed it. Successes always are; refusals of a request whose own signature failed are not.</param>
public sealed record WeChatPayResult(int Status, JsonElement Body, bool Verified)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    public string? Code => Field("code");

    public string? Message => Field("message");

    public string? Field(string name) => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
        ? value.GetString()
        : null;
}
