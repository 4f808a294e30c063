using System.Text;
using MerchantPortal.Platforms.Sandbox;
using Microsoft.AspNetCore.Http.Features;

namespace MerchantPortal.Platforms.Alipay.Sandbox;

/// <summary>
/// <c>/sandbox/alipay/gateway.do</c>, as <c>https://openapi.alipay.com/gateway.do</c>: anonymous (the signature
/// is the credential), GET or POST, the query string's parameters and a form's merged.
/// </summary>
public static class AlipaySandboxEndpoints
{
    public const string GatewayPath = "/sandbox/alipay/gateway.do";
    public const string QrPath = "/sandbox/alipay/qr";
    private const long MaxBodyBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapAlipaySandbox(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(GatewayPath, [HttpMethods.Get, HttpMethods.Post], HandleAsync).AllowAnonymous().DisableAntiforgery()
            .RequireRateLimiting(SandboxServices.RateLimitPolicy);
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, AlipayGateway gateway)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        var parameters = http.Request.Query.SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? ""))).ToList();
        if (http.Request.HasFormContentType)
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            parameters.AddRange(form.SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v ?? ""))));
        }

        var qrBase = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{QrPath}";
        return Results.Bytes(await gateway.HandleAsync(parameters, qrBase), "application/json; charset=utf-8");
    }
}
