namespace MerchantPortal.Components.Shared;

/// <summary>Waits for a pause in typing: each call cancels the one before, so only the last keystroke's wait runs out.</summary>
public sealed class Debouncer(TimeSpan pause) : IDisposable
{
    private CancellationTokenSource? pending;

    /// <returns>True when this call's pause ran out; false when a later call (or disposal) cut it short.</returns>
    public async Task<bool> PauseAsync()
    {
        pending?.Cancel();
        var mine = pending = new CancellationTokenSource();
        try
        {
            await Task.Delay(pause, mine.Token);
            return true;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    public void Dispose() => pending?.Cancel();
}
