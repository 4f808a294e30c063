using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using MerchantPortal.Platforms.Signing;
using MerchantPortal.Platforms.WeChatPay.Protocol;

namespace MerchantPortal.Platforms.WeChatPay.Client;

/// <summary>
/// WeChat Pay API v3 as a merchant's server calls it — the same code against the portal's sandbox or the real API.
/// Each request carries a <c>WECHATPAY2-SHA256-RSA2048</c> Authorization over <c>METHOD\nURL\nTIMESTAMP\nNONCE\nBODY\n</c>;
/// each answer, errors included, is trusted only when its <c>Wechatpay-*</c> signature verifies (key by serial,
/// fresh by the clock).
/// </summary>
public sealed class WeChatPayClient(HttpClient http, WeChatPayClientOptions options, TimeProvider clock)
{
    private readonly WeChatPayVerifier verifier = new(LoadKeys(options.PlatformKeys), clock);

    public Task<WeChatPayResult> NativeAsync(string outTradeNo, int totalFen, string description, string? notifyUrl, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, "/v3/pay/transactions/native", new
        {
            appid = options.AppId,
            mchid = options.MchId,
            description,
            out_trade_no = outTradeNo,
            notify_url = notifyUrl,
            amount = new { total = totalFen, currency = "CNY" },
        }, cancellationToken);

    public Task<WeChatPayResult> QueryAsync(string outTradeNo, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, $"/v3/pay/transactions/out-trade-no/{Segment(outTradeNo)}?mchid={Uri.EscapeDataString(options.MchId)}", null, cancellationToken);

    public Task<WeChatPayResult> CloseAsync(string outTradeNo, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, $"/v3/pay/transactions/out-trade-no/{Segment(outTradeNo)}/close", new { mchid = options.MchId }, cancellationToken);

    public Task<WeChatPayResult> RefundAsync(string outTradeNo, string outRefundNo, int refundFen, int totalFen, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, "/v3/refund/domestic/refunds", new
        {
            out_trade_no = outTradeNo,
            out_refund_no = outRefundNo,
            amount = new { refund = refundFen, total = totalFen, currency = "CNY" },
        }, cancellationToken);

    public Task<WeChatPayResult> QueryRefundAsync(string outRefundNo, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, $"/v3/refund/domestic/refunds/{Segment(outRefundNo)}", null, cancellationToken);

    /// <param name="pathAndQuery">Below the base URL, starting with <c>/v3/</c>.</param>
    /// <exception cref="WeChatPayProtocolException">The answer is unsigned, stale, signed by an unknown key or forged.</exception>
    public async Task<WeChatPayResult> SendAsync(HttpMethod method, string pathAndQuery, object? body, CancellationToken cancellationToken)
    {
        var uri = new Uri(options.BaseUrl.ToString().TrimEnd('/') + pathAndQuery);
        var bytes = body is null ? [] : JsonSerializer.SerializeToUtf8Bytes(body, WeChatPayJson.Options);
        using var request = new HttpRequestMessage(method, uri);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(bytes);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("MerchantPortal", "1.0"));
        request.Headers.TryAddWithoutValidation("Authorization", Authorize(method.Method, uri.PathAndQuery, bytes).ToString());
        using var response = await http.SendAsync(request, cancellationToken);
        var answer = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var headers = WeChatPaySignedHeaders.From(name => response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null);
        // WeChat Pay signs every answer to a request it authenticated; a refusal of the request's own signature comes unsigned.
        var signed = headers.Signature is not null;
        if (signed || response.IsSuccessStatusCode)
        {
            verifier.Verify(headers, answer);
        }

        using var document = answer.Length == 0 ? null : JsonDocument.Parse(answer);
        return new WeChatPayResult((int)response.StatusCode, document?.RootElement.Clone() ?? default, signed);
    }

    /// <summary>
    /// A path segment escaped as little as a URI allows: <c>*</c>, legal in a path and in WeChat Pay's order numbers,
    /// stays as it is, so the URL signed is the URL any server reads back.
    /// </summary>
    private static string Segment(string value) => Uri.EscapeDataString(value).Replace("%2A", "*", StringComparison.Ordinal);

    private WeChatPayAuthorization Authorize(string method, string canonicalUrl, byte[] body)
    {
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var nonce = WeChatPayAuthorization.NewNonce();
        using var key = RSA.Create();
        key.ImportFromPem(options.PrivateKeyPem);
        var signature = Sha256WithRsa.Sign(WeChatPayMessages.Request(method, canonicalUrl, timestamp, nonce, body), key);
        return new WeChatPayAuthorization(options.MchId, nonce, timestamp, options.MerchantSerial, signature);
    }

    /// <summary>Certificates and bare public keys alike become the RSA keys the verifier looks up by name.</summary>
    public static IReadOnlyDictionary<string, RSA> LoadKeys(IReadOnlyDictionary<string, string> pems) => pems.ToDictionary(p => p.Key, p =>
    {
        if (p.Value.Contains("CERTIFICATE", StringComparison.Ordinal))
        {
            using var certificate = X509Certificate2.CreateFromPem(p.Value);
            return certificate.GetRSAPublicKey()!;
        }

        var rsa = RSA.Create();
        rsa.ImportFromPem(p.Value);
        return rsa;
    });
}
