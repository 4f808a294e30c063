using System.Security.Claims;
using System.Threading.RateLimiting;
using MerchantPortal.Resources;
using Microsoft.AspNetCore.RateLimiting;

namespace MerchantPortal.Features.Documents;

/// <summary>
/// Uploads per signed-in user in a fixed window (<c>Documents:UploadsPerMinute</c>, default 20): each one costs a
/// worker process, so one account cannot keep the queue full. The refusal says so in the user's language.
/// </summary>
public sealed class UploadRateLimitPolicy(int perMinute) : IRateLimiterPolicy<string>
{
    public const string Name = "document-uploads";

    public const string PerMinuteKey = "Documents:UploadsPerMinute";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (context, cancellationToken) =>
    {
        context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.HttpContext.Response.Headers.RetryAfter = "60";
        await context.HttpContext.Response.WriteAsJsonAsync(new { error = UploadText.TooManyUploads }, cancellationToken);
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) => RateLimitPartition.GetFixedWindowLimiter(
        httpContext.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous",
        _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
