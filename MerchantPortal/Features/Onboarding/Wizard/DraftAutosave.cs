namespace MerchantPortal.Features.Onboarding.Wizard;

/// <summary>
/// Saves a step's typed fields shortly after the applicant stops typing: one save per pause, not per key,
/// and the last pending save still happens when the step is left.
/// </summary>
public sealed class DraftAutosave : IAsyncDisposable
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(600);

    private CancellationTokenSource? pending;
    private Func<Task>? save;

    public void Schedule(Func<Task> saveDraft)
    {
        pending?.Cancel();
        save = saveDraft;
        var cancellation = pending = new CancellationTokenSource();
        _ = RunAfterPauseAsync(cancellation.Token);
    }

    /// <summary>Drops a pending save: the step was just completed, so its draft is no longer wanted.</summary>
    public void Cancel()
    {
        pending?.Cancel();
        save = null;
    }

    public async ValueTask DisposeAsync()
    {
        pending?.Cancel();
        if (save is { } last)
        {
            save = null;
            await last();
        }
    }

    private async Task RunAfterPauseAsync(CancellationToken cancellation)
    {
        try
        {
            await Task.Delay(Pause, cancellation);
        }
        catch (TaskCanceledException)
        {
            return;
        }

        if (save is { } next)
        {
            save = null;
            await next();
        }
    }
}
