namespace MerchantPortal.Infrastructure.Live;

/// <summary>
/// Tells every open circuit that something changed, so pages refresh without a reload. Subscribers re-read through
/// their own services and marshal onto their own circuit with <c>InvokeAsync</c>; a failing subscriber never stops
/// the others, and the one who made the change never waits for other people's screens.
/// </summary>
public abstract class CircuitBroadcast<T>(ILogger logger)
{
    public event Func<T, Task>? Changed;

    public void Publish(T change)
    {
        foreach (var subscriber in Changed?.GetInvocationList().Cast<Func<T, Task>>() ?? [])
        {
            _ = RefreshAsync(subscriber, change);
        }
    }

    private async Task RefreshAsync(Func<T, Task> subscriber, T change)
    {
        try
        {
            await subscriber(change);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "A {Broadcast} subscriber failed to refresh.", GetType().Name);
        }
    }
}
