using MerchantPortal.Data;
using MerchantPortal.Infrastructure.Live;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Platforms.Sandbox;

/// <summary>
/// Posts the sandbox gateways' notifications to merchants' servers, as an outbox: woken when one is queued and
/// every second anyway (the compressed retry schedules are counted in seconds); each attempt goes through
/// <see cref="SandboxNotificationSender"/>.
/// </summary>
public sealed class SandboxCallbackDispatcher(
    IDbContextFactory<PortalDbContext> dbFactory, SandboxNotificationSender sender, IEnumerable<ICallbackPolicy> policies, TimeProvider clock,
    ILogger<SandboxCallbackDispatcher> logger) : BackgroundService
{
    private const int BatchSize = 20;

    private readonly WakeSignal wake = new();
    private readonly SemaphoreSlim dispatching = new(1, 1);

    public void Wake() => wake.Wake();

    /// <returns>How many callbacks were attempted.</returns>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        await dispatching.WaitAsync(cancellationToken);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            var due = await db.Set<SandboxCallback>().Where(c => c.NextAttemptAtUtc != null && c.NextAttemptAtUtc <= now)
                .OrderBy(c => c.NextAttemptAtUtc).Take(BatchSize).ToListAsync(cancellationToken);
            // Posted side by side, so one slow server does not hold up everyone else's notifications.
            var outcomes = await Task.WhenAll(due.Select(callback => AttemptAsync(callback, cancellationToken)));
            foreach (var (callback, policy, acknowledged, outcome) in outcomes)
            {
                callback.RecordAttempt(acknowledged, outcome, policy?.RetryDelays ?? [], clock.GetUtcNow().UtcDateTime);
            }

            await db.SaveChangesAsync(cancellationToken);
            return due.Count;
        }
        finally
        {
            dispatching.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DispatchDueAsync(stoppingToken) == BatchSize)
                {
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "A sandbox callback pass failed; the next pass tries again.");
            }

            try
            {
                await wake.WaitAsync(TimeSpan.FromSeconds(1), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One attempt whatever happens: any failure becomes the attempt's outcome, never the end of the batch.</summary>
    private async Task<(SandboxCallback Callback, ICallbackPolicy? Policy, bool Acknowledged, string Outcome)> AttemptAsync(SandboxCallback callback, CancellationToken cancellationToken)
    {
        var policy = policies.FirstOrDefault(p => p.PlatformCode == callback.PlatformCode);
        if (policy is null)
        {
            return (callback, null, false, $"no notification policy for platform {callback.PlatformCode}");
        }

        try
        {
            var (acknowledged, outcome) = await PostAsync(callback, policy, cancellationToken);
            return (callback, policy, acknowledged, outcome);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return (callback, policy, false, $"failed: {e.GetBaseException().Message}");
        }
    }

    private async Task<(bool Acknowledged, string Outcome)> PostAsync(SandboxCallback callback, ICallbackPolicy policy, CancellationToken cancellationToken)
    {
        var answer = await sender.PostAsync(callback.Url, callback.ContentType, callback.Body, await policy.HeadersAsync(callback, cancellationToken), cancellationToken);
        return (answer.Status is { } status && policy.IsAcknowledged(status, answer.Body), answer.Describe());
    }
}
