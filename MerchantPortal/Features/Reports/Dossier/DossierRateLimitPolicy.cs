using System.Threading.RateLimiting;
using MerchantPortal.Resources;
using Microsoft.AspNetCore.RateLimiting;

namespace MerchantPortal.Features.Reports.Dossier;

/// <summary>
/// A fixed window per caller address for the anonymous verification page and comparison. A refusal says so in
/// the visitor's language: an empty 429 would be turned into the "not found" page by the status-code pages.
/// </summary>
public sealed class DossierRateLimitPolicy(int perMinute) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (context, cancellationToken) =>
    {
        context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
        await context.HttpContext.Response.WriteAsync(DossierText.TooManyRequests, cancellationToken);
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) => RateLimitPartition.GetFixedWindowLimiter(
        httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown",
        _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
