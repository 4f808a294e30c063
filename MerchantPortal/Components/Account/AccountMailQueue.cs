using System.Threading.Channels;

namespace MerchantPortal.Components.Account;

/// <summary>
/// Account emails (confirmation, reset, "someone tried to register") and the look-ups that decide them run here, in the
/// background, so a form answers in the same time whether or not the address has an account and whether or not a mail
/// went out. Each job gets its own service scope. The queue is bounded; the forms' rate limits keep it short.
/// </summary>
public sealed class AccountMailQueue(IServiceScopeFactory scopes, ILogger<AccountMailQueue> logger) : BackgroundService
{
    private readonly Channel<Func<IServiceProvider, CancellationToken, Task>> jobs =
        Channel.CreateBounded<Func<IServiceProvider, CancellationToken, Task>>(
            new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    public void Enqueue(Func<IServiceProvider, CancellationToken, Task> job)
    {
        if (!jobs.Writer.TryWrite(job))
        {
            logger.LogWarning("The account mail queue is full; an account email was dropped.");
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in jobs.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await job(scope.ServiceProvider, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "An account email could not be sent.");
            }
        }
    }
}
