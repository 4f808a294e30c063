using System.Text.Encodings.Web;
using System.Text.Json;

namespace MerchantPortal.Platforms.WeChatPay.Protocol;

/// <summary>JSON as WeChat Pay writes it: snake_case names, Chinese as UTF-8 rather than \u escapes, nulls left out.</summary>
public static class WeChatPayJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };
}
