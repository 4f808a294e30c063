using MerchantPortal.Platforms.Sandbox;
using Microsoft.AspNetCore.Http.Features;

namespace MerchantPortal.Platforms.WeChatPay.Sandbox;

/// <summary>
/// <c>/sandbox/wechatpay/v3/…</c>, as <c>https://api.mch.weixin.qq.com/v3/…</c>: anonymous (the signature is the
/// credential); the signed URL is the path and query exactly as received.
/// </summary>
public static class WeChatPaySandboxEndpoints
{
    public const string BasePath = "/sandbox/wechatpay";
    public const string CodeUrlPrefix = "weixin://wxpay/bizpayurl?pr=";
    private const long MaxBodyBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapWeChatPaySandbox(this IEndpointRouteBuilder endpoints)
    {
        // Every method reaches the gateway, so a request is authenticated before its route is judged.
        endpoints.MapMethods(BasePath + "/v3/{**route}", [HttpMethods.Get, HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete], HandleAsync).AllowAnonymous().DisableAntiforgery()
            .RequireRateLimiting(SandboxServices.RateLimitPolicy);
        return endpoints;
    }

    private static async Task HandleAsync(HttpContext http, WeChatPayGateway gateway)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
        var request = http.Request;
        var route = request.Path.Value![(request.Path.Value!.IndexOf("/v3/", StringComparison.Ordinal) + 1)..];
        // The signed URL is the request target exactly as sent: Path is already percent-decoded.
        var target = http.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } raw ? raw : $"{request.PathBase}{request.Path}{request.QueryString}";
        var reply = await gateway.HandleAsync(new WeChatPayRequest(request.Method, target, route,
            request.Query.ToDictionary(q => q.Key, q => q.Value.ToString()), request.Headers.Authorization.ToString() is { Length: > 0 } auth ? auth : null,
            buffer.ToArray(), CodeUrlPrefix));
        http.Response.StatusCode = reply.Status;
        http.Response.Headers["Request-ID"] = Guid.NewGuid().ToString("N");
        foreach (var (name, value) in reply.Headers)
        {
            http.Response.Headers[name] = value;
        }

        if (reply.Body.Length > 0)
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.Body.WriteAsync(reply.Body, http.RequestAborted);
        }
    }
}
