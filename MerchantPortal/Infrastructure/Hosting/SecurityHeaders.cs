using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace MerchantPortal.Infrastructure.Hosting;

/// <summary>
/// Headers on every response: no MIME sniffing, no full address in the Referer to other sites, framing only by the
/// portal, a Content-Security-Policy on pages (<see cref="ContentSecurityPolicy"/>), and <c>Cache-Control: no-store</c>
/// on everything that does not choose its own caching — pages, documents, exports, key downloads, API answers — so no
/// shared or browser cache keeps a copy of personal data. Static assets keep their own (immutable when fingerprinted).
/// </summary>
public static class SecurityHeaders
{
    private static readonly object NonceKey = new();

    /// <summary>This request's script nonce, for the inline script a page must carry (the import map).</summary>
    public static string? Nonce(HttpContext context) => context.Items[NonceKey] as string;

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        context.Response.OnStarting(() =>
        {
            Apply(context.Response, nonce);
            return Task.CompletedTask;
        });
        return next(context);
    });

    private static void Apply(HttpResponse response, string nonce)
    {
        var headers = response.Headers;
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers.TryAdd(HeaderNames.XFrameOptions, "SAMEORIGIN");
        headers.TryAdd(HeaderNames.CacheControl, "no-store");
        var isPage = response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;
        if (isPage && IsNoneOrFrameAncestorsOnly(headers.ContentSecurityPolicy))
        {
            headers.ContentSecurityPolicy = ContentSecurityPolicy.ForPage(nonce);
        }
    }

    // Blazor's interactive server pages come with "frame-ancestors 'self'" alone, which the page policy repeats;
    // any other policy an endpoint set for itself is kept.
    private static bool IsNoneOrFrameAncestorsOnly(string? policy) =>
        string.IsNullOrEmpty(policy)
        || (policy.TrimStart().StartsWith("frame-ancestors", StringComparison.OrdinalIgnoreCase) && !policy.TrimEnd(' ', ';').Contains(';'));
}
