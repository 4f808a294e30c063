using System.Net;
using System.Text;
using MerchantPortal.Platforms.WeChatPay.Client;
using MerchantPortal.Platforms.WeChatPay.Protocol;
using MerchantPortal.Platforms.WeChatPay.Sandbox;
using MerchantPortal.Tests.Support;

namespace MerchantPortal.Tests.Integration.Platforms.WeChatPay;

/// <summary>The WeChat Pay sandbox against requests signed by an independent implementation of the published recipe.</summary>
public class WeChatPaySandboxGatewayTests(SandboxPortalFactory factory) : IClassFixture<SandboxPortalFactory>
{
    private const string Native = WeChatPaySandboxEndpoints.BasePath + "/v3/pay/transactions/native";

    [Fact]
    public async Task AnIndependentlySignedNativeOrder_IsAccepted_AndTheAnswerIsSignedUnderThePlatformKeysId()
    {
        var app = await WeChatPaySandboxSeed.AppAsync(factory);
        var signed = Signer(app).Sign("POST", Native, NativeBody(app, "IND-0001"), factory.Clock.GetUtcNow());

        var response = await SendAsync(signed);
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("weixin://wxpay/bizpayurl?pr=", Encoding.UTF8.GetString(body)[13..]);
        Assert.Equal(app.PlatformKey.KeyId, Header(response, WeChatPaySignedHeaders.SerialHeader));
        Verifier(app).Verify(WeChatPaySignedHeaders.From(name => Header(response, name)), body);
    }

    public static TheoryData<string> Fields => ["method", "path", "query", "timestamp", "nonce", "body", "serial", "signature"];

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task ChangingAnyOneSignedFieldAfterSigning_IsRefusedWithSignError(string field)
    {
        var app = await WeChatPaySandboxSeed.AppAsync(factory);
        var query = $"{WeChatPaySandboxEndpoints.BasePath}/v3/pay/transactions/out-trade-no/T-1?mchid={app.MchId}";
        var isGet = field is "query";
        var signed = isGet
            ? Signer(app).Sign("GET", query, "", factory.Clock.GetUtcNow())
            : Signer(app).Sign("POST", Native, NativeBody(app, "TAMPER-1"), factory.Clock.GetUtcNow());
        var tampered = field switch
        {
            "method" => signed with { Method = "PUT" },
            "path" => signed with { Url = Native.Replace("native", "native/", StringComparison.Ordinal) },
            "query" => signed with { Url = query + "&limit=1" },
            "timestamp" => signed with { Timestamp = (long.Parse(signed.Timestamp, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) },
            "nonce" => signed with { Nonce = signed.Nonce + "X" },
            "body" => signed with { Body = signed.Body.Replace("\"total\":1", "\"total\":2", StringComparison.Ordinal) },
            "serial" => signed with { Serial = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1" },
            _ => signed with { Signature = (signed.Signature[0] == 'A' ? 'B' : 'A') + signed.Signature[1..] },
        };

        var response = await SendAsync(tampered);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("\"code\":\"SIGN_ERROR\"", body);
        // Like WeChat Pay, no platform signature over a refusal of a request whose own signature failed.
        Assert.Null(Header(response, WeChatPaySignedHeaders.SignatureHeader));
    }

    [Fact]
    public async Task ARequestSignedWithAnotherMerchantsKey_IsRefused()
    {
        var app = await WeChatPaySandboxSeed.AppAsync(factory);
        var other = await WeChatPaySandboxSeed.AppAsync(factory);
        var signed = new IndependentWeChatPaySigner(other.PrivateKeyPem, app.MchId, app.MerchantSerial).Sign("POST", Native, NativeBody(app, "WRONG-1"), factory.Clock.GetUtcNow());

        var response = await SendAsync(signed);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("SIGN_ERROR", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(-300, HttpStatusCode.Unauthorized)]
    [InlineData(300, HttpStatusCode.Unauthorized)]
    [InlineData(-299, HttpStatusCode.OK)]
    public async Task ATimestampFiveMinutesOrMoreAway_IsRefused(int seconds, HttpStatusCode expected)
    {
        var app = await WeChatPaySandboxSeed.AppAsync(factory);
        var signed = Signer(app).Sign("POST", Native, NativeBody(app, $"STALE{seconds}"), factory.Clock.GetUtcNow().AddSeconds(seconds));

        var response = await SendAsync(signed);

        Assert.Equal(expected, response.StatusCode);
    }

    private static IndependentWeChatPaySigner Signer(WeChatPaySandboxApp app) => new(app.PrivateKeyPem, app.MchId, app.MerchantSerial);

    private WeChatPayVerifier Verifier(WeChatPaySandboxApp app) => new(WeChatPayClient.LoadKeys(app.ClientOptions(factory).PlatformKeys), factory.Clock);

    private static string NativeBody(WeChatPaySandboxApp app, string outTradeNo) =>
        $$$"""{"appid":"{{{app.AppId}}}","mchid":"{{{app.MchId}}}","description":"门店扫码","out_trade_no":"{{{outTradeNo}}}","notify_url":"https://merchant.example/wechat","amount":{"total":1,"currency":"CNY"}}""";

    private async Task<HttpResponseMessage> SendAsync(IndependentWeChatPaySigner.Signed signed)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(signed.Method), signed.Url);
        if (signed.Body.Length > 0)
        {
            request.Content = new StringContent(signed.Body, Encoding.UTF8, "application/json");
        }

        request.Headers.TryAddWithoutValidation("Authorization", signed.Authorization);
        return await client.SendAsync(request);
    }

    private static string? Header(HttpResponseMessage response, string name) => response.Headers.TryGetValues(name, out var values) ? values.First() : null;
}
