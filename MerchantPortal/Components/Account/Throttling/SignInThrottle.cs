using System.Threading.RateLimiting;
using MerchantPortal.Resources;
using Microsoft.Extensions.Options;

namespace MerchantPortal.Components.Account.Throttling;

/// <summary>
/// What the account forms consult before doing any work: a fixed-window budget per client address and one per
/// account (normalized email, whether or not it exists) for each form, and for sign-in and two-factor codes the
/// account's progressive delay. A refusal is a 429 with a message in the reader's language.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter;
    private readonly FailureDelays delays;

    public SignInThrottle(IOptions<SignInLimitOptions> options, FailureDelays delays)
    {
        this.delays = delays;
        var limits = options.Value;
        limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, k =>
            new FixedWindowRateLimiterOptions
            {
                PermitLimit = k.StartsWith("a|", StringComparison.Ordinal) ? limits.PerAddressPerMinute : limits.PerAccountPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));
    }

    public static string AccountKey(string? email) => (email ?? "").Trim().ToUpperInvariant();

    /// <summary>Null when the attempt may go ahead; otherwise the message to show (the response is then a 429).</summary>
    public string? Refuse(HttpContext context, ThrottledForm form, string? email)
    {
        var account = AccountKey(email);
        var wait = form is ThrottledForm.SignIn or ThrottledForm.TwoFactor ? delays.WaitFor(account) : TimeSpan.Zero;
        if (wait == TimeSpan.Zero)
        {
            // The address pays first: one address cannot spend the budget of every account it names.
            wait = Acquire($"a|{form}|{context.Connection.RemoteIpAddress}");
        }

        if (wait == TimeSpan.Zero)
        {
            wait = Acquire($"u|{form}|{account}");
        }

        if (wait == TimeSpan.Zero)
        {
            return null;
        }

        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return string.Format(SignInText.TooManyAttempts, (int)Math.Ceiling(wait.TotalSeconds));
    }

    public void Failed(string? email) => delays.Failed(AccountKey(email));

    public void Succeeded(string? email) => delays.Succeeded(AccountKey(email));

    public void Dispose() => limiter.Dispose();

    private TimeSpan Acquire(string key)
    {
        using var lease = limiter.AttemptAcquire(key);
        if (lease.IsAcquired)
        {
            return TimeSpan.Zero;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) && retryAfter > TimeSpan.Zero
            ? retryAfter
            : TimeSpan.FromSeconds(1);
    }
}
