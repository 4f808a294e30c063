using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace MerchantPortal.Components.Account.Throttling;

/// <summary>
/// Progressive delays per account instead of a lockout: after <see cref="SignInLimitOptions.FreeFailures"/> wrong
/// passwords or codes each further attempt must wait 2, 4, 8… seconds (up to <see cref="SignInLimitOptions.MaxDelay"/>).
/// Kept for unknown addresses exactly as for accounts, so the delay tells nobody whether an account exists; held in
/// memory with a bounded size (decision 0020).
/// </summary>
public sealed class FailureDelays(IOptions<SignInLimitOptions> options, TimeProvider clock) : IDisposable
{
    private readonly MemoryCache failures = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    /// <summary>How long the account must still wait before its next attempt; zero when it may try now.</summary>
    public TimeSpan WaitFor(string account) =>
        failures.TryGetValue(account, out Failures? entry) && entry!.NextAttemptAt > clock.GetUtcNow()
            ? entry.NextAttemptAt - clock.GetUtcNow()
            : TimeSpan.Zero;

    public void Failed(string account)
    {
        var limits = options.Value;
        var now = clock.GetUtcNow();
        var count = (failures.TryGetValue(account, out Failures? entry) ? entry!.Count : 0) + 1;
        var beyond = count - limits.FreeFailures;
        var delay = beyond < 0 ? TimeSpan.Zero
            : TimeSpan.FromSeconds(Math.Min(Math.Pow(2, beyond + 1), limits.MaxDelay.TotalSeconds));
        failures.Set(account, new Failures(count, now + delay),
            new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = delay + limits.FailureMemory });
    }

    public void Succeeded(string account) => failures.Remove(account);

    public void Dispose() => failures.Dispose();

    private sealed record Failures(int Count, DateTimeOffset NextAttemptAt);
}
