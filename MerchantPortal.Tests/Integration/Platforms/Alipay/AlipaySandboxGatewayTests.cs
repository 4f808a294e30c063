using MerchantPortal.Platforms.Signing;
using System.Text.Json;
using MerchantPortal.Platforms.Alipay.Protocol;
using MerchantPortal.Platforms.Alipay.Sandbox;
using MerchantPortal.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace MerchantPortal.Tests.Integration.Platforms.Alipay;

/// <summary>The sandbox gateway against requests signed by an independent implementation of Alipay's recipe.</summary>
public class AlipaySandboxGatewayTests(SandboxPortalFactory factory) : IClassFixture<SandboxPortalFactory>
{
    private const string Query = "alipay.trade.query";

    [Fact]
    public async Task AnIndependentlySignedPrecreate_IsAccepted_AndTheAnswerIsSignedOverItsExactBytes()
    {
        var app = await AlipaySandboxSeed.AppAsync(factory);
        var signer = new IndependentAlipaySigner(app.PrivateKeyPem);
        var request = signer.Signed(IndependentAlipaySigner.Request(app.AppId, "alipay.trade.precreate",
            """{"out_trade_no":"IND-0001","total_amount":"88.88","subject":"门店扫码 · 测试"}""", factory.Clock.GetUtcNow()));

        var (response, body) = await PostAsync(request);

        Assert.Equal("10000", response.GetProperty("code").GetString());
        Assert.Equal("IND-0001", response.GetProperty("out_trade_no").GetString());
        Assert.StartsWith($"{factory.Server.BaseAddress.ToString().TrimEnd('/')}{AlipaySandboxEndpoints.QrPath}/", response.GetProperty("qr_code").GetString());
        var parsed = AlipayResponseBody.Parse(body, "alipay.trade.precreate")!;
        using var platformKey = AlipayKeys.PublicKey(app.PlatformPublicKey);
        Assert.True(Sha256WithRsa.Verify(parsed.SignedContent.Span, parsed.Sign, platformKey));
    }

    public static TheoryData<string, string> Tampers => new()
    {
        { "app_id", "isv.invalid-app-id" },
        { "method", "isv.invalid-method" },
        { "format", "isv.invalid-signature" },
        { "charset", "isv.invalid-signature" },
        { "sign_type", "isv.invalid-signature-type" },
        { "timestamp", "isv.invalid-signature" },
        { "version", "isv.invalid-signature" },
        { "biz_content", "isv.invalid-signature" },
        { "sign", "isv.invalid-signature" },
    };

    [Theory]
    [MemberData(nameof(Tampers))]
    public async Task ChangingAnyOneParameterAfterSigning_IsRefused_WithAlipaysError(string parameter, string subCode)
    {
        var app = await AlipaySandboxSeed.AppAsync(factory);
        var request = new IndependentAlipaySigner(app.PrivateKeyPem).Signed(
            IndependentAlipaySigner.Request(app.AppId, Query, """{"out_trade_no":"T-1"}""", factory.Clock.GetUtcNow()));
        request[parameter] = parameter switch
        {
            "timestamp" => IndependentAlipaySigner.Timestamp(factory.Clock.GetUtcNow().AddMinutes(1)),
            "biz_content" => """{"out_trade_no":"T-2"}""",
            "sign" => Tamper(request["sign"]),
            "method" => "alipay.trade.cancel",
            _ => request[parameter] + "x",
        };

        var (response, _) = await PostAsync(request);

        Assert.Equal(subCode, response.GetProperty("sub_code").GetString());
        Assert.Equal(subCode == "isv.invalid-method" ? "error_response" : "alipay_trade_query_response", ResponseKey);
        Assert.Equal("40002", response.GetProperty("code").GetString());
    }

    [Fact]
    public async Task ARequestSignedWithAnotherKey_IsRefused_AndTheAnswerShowsTheStringTheGatewayVerified()
    {
        var app = await AlipaySandboxSeed.AppAsync(factory);
        var stranger = await AlipaySandboxSeed.AppAsync(factory);
        var request = new IndependentAlipaySigner(stranger.PrivateKeyPem).Signed(
            IndependentAlipaySigner.Request(app.AppId, Query, """{"out_trade_no":"T-1"}""", factory.Clock.GetUtcNow()));

        var (response, _) = await PostAsync(request);

        Assert.Equal("isv.invalid-signature", response.GetProperty("sub_code").GetString());
        Assert.Contains($"app_id={app.AppId}&biz_content=", response.GetProperty("sub_msg").GetString());
    }

    [Theory]
    [InlineData(-11)]
    [InlineData(11)]
    public async Task ATimestampMoreThanTenMinutesOff_IsRefused_EvenWhenSignedCorrectly(int minutes)
    {
        var app = await AlipaySandboxSeed.AppAsync(factory);
        var request = new IndependentAlipaySigner(app.PrivateKeyPem).Signed(
            IndependentAlipaySigner.Request(app.AppId, Query, """{"out_trade_no":"T-1"}""", factory.Clock.GetUtcNow().AddMinutes(minutes)));

        var (response, _) = await PostAsync(request);

        Assert.Equal("40002", response.GetProperty("code").GetString());
        Assert.Equal("isv.invalid-timestamp", response.GetProperty("sub_code").GetString());
    }

    [Fact]
    public async Task AWellSignedQueryForAnUnknownTrade_IsABusinessFailure()
    {
        var app = await AlipaySandboxSeed.AppAsync(factory);
        var request = new IndependentAlipaySigner(app.PrivateKeyPem).Signed(
            IndependentAlipaySigner.Request(app.AppId, Query, """{"out_trade_no":"NEVER-MADE"}""", factory.Clock.GetUtcNow()));

        var (response, body) = await PostAsync(request);

        // Chinese goes out as UTF-8, not \u escapes, and the signature covers those bytes.
        Assert.Contains("交易不存在", System.Text.Encoding.UTF8.GetString(body));
        var parsed = AlipayResponseBody.Parse(body, Query)!;
        using var platformKey = AlipayKeys.PublicKey(app.PlatformPublicKey);
        Assert.True(Sha256WithRsa.Verify(parsed.SignedContent.Span, parsed.Sign, platformKey));
        Assert.Equal(("40004", "Business Failed", "ACQ.TRADE_NOT_EXIST"),
            (response.GetProperty("code").GetString(), response.GetProperty("msg").GetString(), response.GetProperty("sub_code").GetString()));
    }

    [Theory]
    [InlineData("0001-01-01 00:00:00")]
    [InlineData("2026-13-01 00:00:00")]
    [InlineData("yesterday")]
    public async Task ATimestampThatIsNoTime_IsRefusedAsSuch(string timestamp)
    {
        var app = await AlipaySandboxSeed.AppAsync(factory);
        var parameters = IndependentAlipaySigner.Request(app.AppId, Query, """{"out_trade_no":"T-1"}""", factory.Clock.GetUtcNow());
        parameters["timestamp"] = timestamp;

        var (response, _) = await PostAsync(new IndependentAlipaySigner(app.PrivateKeyPem).Signed(parameters));

        Assert.Equal("isv.invalid-timestamp", response.GetProperty("sub_code").GetString());
    }

    [Fact]
    public async Task MissingParameters_AreNamed()
    {
        var app = await AlipaySandboxSeed.AppAsync(factory);
        var request = IndependentAlipaySigner.Request(app.AppId, Query, "{}", factory.Clock.GetUtcNow());

        var (response, _) = await PostAsync(request);

        Assert.Equal(("40001", "isv.missing-signature"), (response.GetProperty("code").GetString(), response.GetProperty("sub_code").GetString()));
    }

    [Fact]
    public async Task WhereTheSandboxIsOff_TheGatewayDoesNotAnswer()
    {
        using var production = factory.WithWebHostBuilder(builder => builder.UseSetting("Sandbox:Enabled", "false"));
        using var client = production.CreateClient();

        var answer = await client.PostAsync(AlipaySandboxEndpoints.GatewayPath, new FormUrlEncodedContent([new("method", Query)]));

        // No endpoint: the request falls through to the pages, which take no such post.
        Assert.Equal(System.Net.HttpStatusCode.MethodNotAllowed, answer.StatusCode);
    }

    private string ResponseKey { get; set; } = "";

    private static string Tamper(string sign) => (sign[0] == 'A' ? 'B' : 'A') + sign[1..];

    /// <summary>As a merchant's server would send it: every parameter in the form body.</summary>
    private async Task<(JsonElement Response, byte[] Body)> PostAsync(Dictionary<string, string> parameters)
    {
        using var client = factory.CreateClient();
        using var answer = await client.PostAsync(AlipaySandboxEndpoints.GatewayPath, new FormUrlEncodedContent(parameters));
        var body = await answer.Content.ReadAsByteArrayAsync();
        using var document = JsonDocument.Parse(body);
        var property = document.RootElement.EnumerateObject().First();
        ResponseKey = property.Name;
        return (property.Value.Clone(), body);
    }
}
