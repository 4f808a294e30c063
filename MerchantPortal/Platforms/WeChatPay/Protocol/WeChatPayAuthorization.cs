namespace MerchantPortal.Platforms.WeChatPay.Protocol;

/// <summary>
/// The <c>Authorization</c> header of an API v3 request:
/// <c>WECHATPAY2-SHA256-RSA2048 mchid="…",nonce_str="…",timestamp="…",serial_no="…",signature="…"</c>, written in
/// the SDKs' order and read in any order.
/// </summary>
public sealed record WeChatPayAuthorization(string MchId, string NonceStr, string Timestamp, string SerialNo, string Signature)
{
    public const string Schema = "WECHATPAY2-SHA256-RSA2048";

    private static readonly string[] Fields = ["mchid", "nonce_str", "timestamp", "serial_no", "signature"];

    public override string ToString() =>
        $"{Schema} mchid=\"{MchId}\",nonce_str=\"{NonceStr}\",timestamp=\"{Timestamp}\",serial_no=\"{SerialNo}\",signature=\"{Signature}\"";

    /// <returns>Null with the reason when the header is not a WECHATPAY2-SHA256-RSA2048 authorization with each field once.</returns>
    public static WeChatPayAuthorization? Parse(string? header, out string? problem)
    {
        problem = null;
        if (string.IsNullOrEmpty(header) || !header.StartsWith(Schema + " ", StringComparison.Ordinal))
        {
            problem = header is null or "" ? "missing Authorization header" : $"the Authorization schema must be {Schema}";
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var rest = header.AsSpan(Schema.Length + 1);
        while (!rest.IsEmpty)
        {
            var equals = rest.IndexOf('=');
            if (equals <= 0 || rest.Length < equals + 2 || rest[equals + 1] != '"')
            {
                problem = "each field is name=\"value\"";
                return null;
            }

            var name = rest[..equals].Trim().ToString();
            var valueAndRest = rest[(equals + 2)..];
            var close = valueAndRest.IndexOf('"');
            if (close < 0 || !values.TryAdd(name, valueAndRest[..close].ToString()))
            {
                problem = close < 0 ? $"the value of {name} is not closed by a quote" : $"{name} appears twice";
                return null;
            }

            rest = valueAndRest[(close + 1)..].TrimStart();
            if (!rest.IsEmpty)
            {
                if (rest[0] != ',')
                {
                    problem = "fields are separated by commas";
                    return null;
                }

                rest = rest[1..].TrimStart();
            }
        }

        var missing = Fields.Where(f => !values.ContainsKey(f) || values[f].Length == 0).ToList();
        if (missing.Count > 0)
        {
            problem = "missing " + string.Join(", ", missing);
            return null;
        }

        return new WeChatPayAuthorization(values["mchid"], values["nonce_str"], values["timestamp"], values["serial_no"], values["signature"]);
    }

    /// <summary>A 32-character nonce from [0-9A-Z], as the SDKs make them.</summary>
    public static string NewNonce() => System.Security.Cryptography.RandomNumberGenerator.GetString("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", 32);
}
