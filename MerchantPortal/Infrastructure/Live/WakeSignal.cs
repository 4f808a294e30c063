namespace MerchantPortal.Infrastructure.Live;

/// <summary>
/// Wakes a background loop early: any number of <see cref="Wake"/> calls before it next waits count as one, and it
/// wakes on its own after the timeout anyway.
/// </summary>
public sealed class WakeSignal
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Wake()
    {
        try
        {
            if (signal.CurrentCount == 0)
            {
                signal.Release();
            }
        }
        catch (SemaphoreFullException)
        {
            // Already awake.
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => signal.WaitAsync(timeout, cancellationToken);
}
