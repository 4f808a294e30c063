namespace MerchantPortal.Infrastructure.Authorization;

/// <summary>HTTP endpoints (files, APIs, the sandbox gateways) answer 401/403/404 themselves; only pages redirect to sign-in.</summary>
public static class ApiPaths
{
    public static bool IsApi(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/sandbox/alipay/gateway.do") || path.StartsWithSegments("/sandbox/wechatpay/v3")
        || path.StartsWithSegments("/sample-merchant");
}
