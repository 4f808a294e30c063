using MerchantPortal.Platforms.Sandbox;
using MerchantPortal.Platforms.WeChatPay.Protocol;

namespace MerchantPortal.Features.SampleMerchant;

/// <summary>
/// <c>/sample-merchant/alipay/{appId}</c> and <c>/sample-merchant/wechatpay/{mchid}</c>: register one as the notify URL.
/// <c>?behaviour=AcceptsForgeries</c> or <c>WrongAcknowledgement</c> makes it misbehave on purpose.
/// </summary>
public static class SampleMerchantEndpoints
{
    public const string BasePath = "/sample-merchant";

    public static IEndpointRouteBuilder MapSampleMerchant(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(BasePath).AllowAnonymous().DisableAntiforgery().RequireRateLimiting(SandboxServices.RateLimitPolicy);
        group.MapPost("/alipay/{appId}", AlipayAsync);
        group.MapPost("/wechatpay/{mchId}", WeChatPayAsync);
        return endpoints;
    }

    private static async Task<IResult> AlipayAsync(string appId, HttpContext http, SampleMerchantReceiver receiver)
    {
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(http.RequestAborted) : null;
        var pairs = form?.Select(f => new KeyValuePair<string, string?>(f.Key, f.Value.ToString())).ToList() ?? [];
        return Reply(await receiver.AlipayAsync(appId, pairs, Behaviour(http)));
    }

    private static async Task<IResult> WeChatPayAsync(string mchId, HttpContext http, SampleMerchantReceiver receiver)
    {
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
        var headers = WeChatPaySignedHeaders.From(name => http.Request.Headers[name].ToString() is { Length: > 0 } value ? value : null);
        return Reply(await receiver.WeChatPayAsync(mchId, headers, buffer.ToArray(), Behaviour(http)));
    }

    private static SampleMerchantBehaviour Behaviour(HttpContext http) =>
        Enum.TryParse<SampleMerchantBehaviour>(http.Request.Query["behaviour"], ignoreCase: true, out var behaviour) && Enum.IsDefined(behaviour)
            ? behaviour
            : SampleMerchantBehaviour.Correct;

    private static IResult Reply(SampleMerchantReceiver.Answer answer) =>
        answer.Body.Length == 0 ? Results.StatusCode(answer.Status) : Results.Text(answer.Body, answer.ContentType, statusCode: answer.Status);
}
