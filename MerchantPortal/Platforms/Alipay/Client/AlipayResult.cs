using System.Text.Json;

namespace MerchantPortal.Platforms.Alipay.Client;

/// <summary>A verified gateway answer: <c>code</c> <c>10000</c> is success; otherwise <see cref="SubCode"/> says why.</summary>
public sealed record AlipayResult(string Code, string Msg, string? SubCode, string? SubMsg, JsonElement Fields)
{
    public bool IsSuccess => Code == "10000";

    public string? Field(string name) => Fields.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
