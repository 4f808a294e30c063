namespace MerchantPortal.Infrastructure.Hosting;

/// <summary>
/// The policy every page is sent with. What Blazor Server and MudBlazor need, and no more:
/// scripts only from the portal itself (blazor.web.js, MudBlazor.min.js, wwwroot/js, collocated modules) plus the one
/// inline script Blazor renders, the import map, by nonce — no 'unsafe-eval', no inline script otherwise;
/// 'unsafe-inline' styles, because MudBlazor writes style attributes and its theme as a &lt;style&gt; element;
/// data: images for MudBlazor's stylesheet; connections only to this origin ('self' covers the circuit's
/// same-origin WebSocket); no plug-ins; framed only by the portal itself (the review page frames its documents).
/// </summary>
public static class ContentSecurityPolicy
{
    public static string ForPage(string nonce) => string.Join("; ",
        "default-src 'self'",
        $"script-src 'self' 'nonce-{nonce}'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'");
}
