using MerchantPortal.Platforms.Signing;
using System.Text;
using System.Text.Json;
using MerchantPortal.Platforms.Alipay.Protocol;

namespace MerchantPortal.Platforms.Alipay.Client;

/// <summary>
/// Alipay's OpenAPI as a merchant's server calls it — the same code whether it points at the portal's sandbox, at
/// Alipay's sandbox or at production. Requests are signed RSA2 over the sorted parameters; the common
/// parameters travel in the query string and <c>biz_content</c> in the form, as Alipay's SDKs send them; an answer
/// is trusted only when its signature verifies over the inner object's bytes as received.
/// </summary>
public sealed class AlipayClient(HttpClient http, AlipayClientOptions options, TimeProvider clock)
{
    public Task<AlipayResult> PrecreateAsync(string outTradeNo, string totalAmount, string subject, string? notifyUrl = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync("alipay.trade.precreate", new Dictionary<string, string> { ["out_trade_no"] = outTradeNo, ["total_amount"] = totalAmount, ["subject"] = subject },
            notifyUrl, cancellationToken);

    public Task<AlipayResult> QueryAsync(string outTradeNo, CancellationToken cancellationToken = default) =>
        ExecuteAsync("alipay.trade.query", new Dictionary<string, string> { ["out_trade_no"] = outTradeNo }, null, cancellationToken);

    public Task<AlipayResult> RefundAsync(string outTradeNo, string refundAmount, string outRequestNo, CancellationToken cancellationToken = default) =>
        ExecuteAsync("alipay.trade.refund", new Dictionary<string, string> { ["out_trade_no"] = outTradeNo, ["refund_amount"] = refundAmount, ["out_request_no"] = outRequestNo },
            null, cancellationToken);

    public Task<AlipayResult> CloseAsync(string outTradeNo, CancellationToken cancellationToken = default) =>
        ExecuteAsync("alipay.trade.close", new Dictionary<string, string> { ["out_trade_no"] = outTradeNo }, null, cancellationToken);

    /// <exception cref="AlipayProtocolException">The answer is not an Alipay response, or its signature does not verify.</exception>
    public async Task<AlipayResult> ExecuteAsync(string method, IReadOnlyDictionary<string, string> bizContent, string? notifyUrl, CancellationToken cancellationToken)
    {
        var common = new List<KeyValuePair<string, string?>>
        {
            new("app_id", options.AppId),
            new("method", method),
            new("format", "JSON"),
            new("charset", "utf-8"),
            new("sign_type", AlipayRsa2.SignType),
            new("timestamp", AlipayTime.Format(clock.GetUtcNow().UtcDateTime)),
            new("version", "1.0"),
            new("notify_url", notifyUrl),
        };
        var biz = JsonSerializer.Serialize(bizContent);
        using (var key = AlipayKeys.PrivateKey(options.PrivateKey))
        {
            common.Add(new("sign", Sha256WithRsa.Sign(AlipaySignContent.ForRequest([.. common, new("biz_content", biz)]), key)));
        }

        var query = string.Join('&', common.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}"));
        using var request = new HttpRequestMessage(HttpMethod.Post, new UriBuilder(options.GatewayUrl) { Query = query }.Uri)
        {
            Content = new FormUrlEncodedContent([new KeyValuePair<string, string>("biz_content", biz)]),
        };
        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return Verify(body, method);
    }

    private AlipayResult Verify(byte[] body, string method)
    {
        var parsed = AlipayResponseBody.Parse(body, method)
            ?? throw new AlipayProtocolException($"The gateway's answer is not an Alipay response: {Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(body.Length, 200)))}");
        using var document = JsonDocument.Parse(parsed.SignedContent);
        var fields = document.RootElement.Clone();
        var result = new AlipayResult(Text(fields, "code") ?? "", Text(fields, "msg") ?? "", Text(fields, "sub_code"), Text(fields, "sub_msg"), fields);
        if (parsed.Sign is null)
        {
            // Alipay cannot sign a refusal for an app it does not know; a success always comes signed.
            return result.IsSuccess ? throw new AlipayProtocolException("The gateway's success answer carries no signature.") : result;
        }

        if (!options.PlatformPublicKeys.Any(text => Verifies(parsed, text)))
        {
            throw new AlipayProtocolException("The answer's signature does not verify with the Alipay public key: check that the key configured is Alipay's (支付宝公钥), not your application's.");
        }

        return result;
    }

    private static bool Verifies(AlipayResponseBody parsed, string publicKey)
    {
        using var key = AlipayKeys.PublicKey(publicKey);
        return Sha256WithRsa.Verify(parsed.SignedContent.Span, parsed.Sign, key);
    }

    private static string? Text(JsonElement fields, string name) =>
        fields.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
