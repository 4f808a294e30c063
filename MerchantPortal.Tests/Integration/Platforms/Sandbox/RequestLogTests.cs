using System.Net.Http.Headers;
using System.Text;
using MerchantPortal.Features.Credentials;
using MerchantPortal.Platforms.Alipay.Sandbox;
using MerchantPortal.Platforms.Sandbox;
using MerchantPortal.Platforms.WeChatPay.Sandbox;
using MerchantPortal.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Platforms.Sandbox;

/// <summary>Each refusal reason the request log gives appears for a request crafted to cause it.</summary>
public class RequestLogTests(SandboxPortalFactory factory) : IClassFixture<SandboxPortalFactory>
{
    private const string Query = "alipay.trade.query";

    public static TheoryData<string, string, string?> AlipayMistakes => new()
    {
        { "sign_type", SandboxReason.SignTypeOmitted, null },
        { "omitted", SandboxReason.ParameterNotSigned, "notify_url" },
        { "encoded", SandboxReason.ParameterEncoded, "timestamp" },
        { "other-key", SandboxReason.KeyMismatch, null },
        { "stale", SandboxReason.TimestampOld, "12" },
    };

    [Theory]
    [MemberData(nameof(AlipayMistakes))]
    public async Task AnAlipayRequestWithAMistake_IsLogged_WithWhatWasWrong(string mistake, string code, string? firstArg)
    {
        var app = await AlipaySandboxSeed.AppAsync(factory);
        var stranger = mistake == "other-key" ? await AlipaySandboxSeed.AppAsync(factory) : null;
        var now = factory.Clock.GetUtcNow();
        var parameters = IndependentAlipaySigner.Request(app.AppId, Query, """{"out_trade_no":"LOG-1"}""", mistake == "stale" ? now.AddMinutes(-12) : now);
        var signer = new IndependentAlipaySigner((stranger ?? app).PrivateKeyPem);
        switch (mistake)
        {
            case "sign_type":
                parameters["sign"] = signer.Sign(parameters.Where(p => p.Key != "sign_type").ToDictionary());
                break;
            case "omitted":
                parameters["sign"] = signer.Sign(parameters);
                parameters["notify_url"] = "https://merchant.example/alipay";
                break;
            case "encoded":
                parameters["sign"] = signer.Sign(new Dictionary<string, string>(parameters) { ["timestamp"] = Uri.EscapeDataString(parameters["timestamp"]) });
                break;
            default:
                signer.Signed(parameters);
                break;
        }

        using var client = factory.CreateClient();
        await client.PostAsync(AlipaySandboxEndpoints.GatewayPath, new FormUrlEncodedContent(parameters));

        var logged = (await LogAsync(app.Owner, app.EnrollmentId))[0];
        Assert.False(logged.Accepted);
        Assert.Equal(Query, logged.Endpoint);
        Assert.Equal(code, logged.Reason!.Code);
        Assert.Equal(firstArg ?? logged.Reason.Args.FirstOrDefault(), logged.Reason.Args.FirstOrDefault());
        Assert.NotNull(logged.Detail);
    }

    [Fact]
    public async Task AnAlipayRequestSignedWithARetiredKey_IsLogged_AsSuch_AndAGoodOneAsAccepted()
    {
        var app = await AlipaySandboxSeed.AppAsync(factory);
        await factory.WithServicesAsync(sp => sp.GetRequiredService<KeyService>().GenerateKeyAsync(app.Owner.Id, app.EnrollmentId, keep: false, TimeSpan.Zero));
        using var client = factory.CreateClient();

        await client.PostAsync(AlipaySandboxEndpoints.GatewayPath, new FormUrlEncodedContent(new IndependentAlipaySigner(app.PrivateKeyPem)
            .Signed(IndependentAlipaySigner.Request(app.AppId, Query, """{"out_trade_no":"LOG-2"}""", factory.Clock.GetUtcNow()))));

        Assert.Equal(SandboxReason.RetiredKey, (await LogAsync(app.Owner, app.EnrollmentId))[0].Reason!.Code);
    }

    public static TheoryData<string, string, string?> WeChatPayMistakes => new()
    {
        { "stale", SandboxReason.TimestampOld, "7" },
        { "serial", SandboxReason.SerialUnknown, "0123456789ABCDEF" },
        { "query", SandboxReason.QueryNotSigned, null },
        { "base", SandboxReason.PrefixNotSigned, null },
        { "newline", SandboxReason.FinalNewlineMissing, null },
        { "other-key", SandboxReason.KeyMismatch, null },
    };

    [Theory]
    [MemberData(nameof(WeChatPayMistakes))]
    public async Task AWeChatPayRequestWithAMistake_IsLogged_WithWhatWasWrong(string mistake, string code, string? firstArg)
    {
        var app = await WeChatPaySandboxSeed.AppAsync(factory);
        var stranger = mistake == "other-key" ? await WeChatPaySandboxSeed.AppAsync(factory) : null;
        var url = $"{WeChatPaySandboxEndpoints.BasePath}/v3/pay/transactions/out-trade-no/LOG-1?mchid={app.MchId}";
        var signedUrl = mistake switch
        {
            "query" => url.Split('?')[0],
            "base" => url[WeChatPaySandboxEndpoints.BasePath.Length..],
            _ => url,
        };
        var signer = new IndependentWeChatPaySigner((stranger ?? app).PrivateKeyPem, app.MchId, mistake == "serial" ? "0123456789ABCDEF" : app.MerchantSerial);
        var signed = signer.Sign("GET", signedUrl, "", factory.Clock.GetUtcNow().AddMinutes(mistake == "stale" ? -7 : 0));
        if (mistake == "newline")
        {
            signed = signed with { Signature = signer.SignRaw($"GET\n{url}\n{signed.Timestamp}\n{signed.Nonce}\n") };
        }

        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Authorization", signed.Authorization);
        await client.SendAsync(request);

        var logged = (await LogAsync(app.Owner, app.EnrollmentId))[0];
        Assert.False(logged.Accepted);
        Assert.Equal("401 SIGN_ERROR", logged.Result);
        Assert.Equal(code, logged.Reason!.Code);
        Assert.Equal(firstArg ?? logged.Reason.Args.FirstOrDefault(), logged.Reason.Args.FirstOrDefault());
    }

    private Task<IReadOnlyList<SandboxRequest>> LogAsync(TestAccount owner, Guid enrollmentId) =>
        factory.WithServicesAsync(sp => sp.GetRequiredService<CredentialService>().RequestLogAsync(owner.Id, enrollmentId));
}
