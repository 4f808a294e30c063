using System.Globalization;

namespace MerchantPortal.Infrastructure.Live;

/// <summary>
/// Tells every open circuit that something changed, so pages refresh without a reload. Subscribers re-read through
/// their own services and marshal onto their own circuit with <c>InvokeAsync</c>; a failing subscriber never stops
/// the others, and the one who made the change never waits for other people's screens. Each subscriber is called in
/// the culture it subscribed in — its reader's — not the publisher's, which may be another reader's or a background
/// job's.
/// </summary>
public abstract class CircuitBroadcast<T>(ILogger logger)
{
    private readonly Lock gate = new();
    private readonly List<Subscriber> subscribers = [];

    public event Func<T, Task>? Changed
    {
        add
        {
            if (value is not null)
            {
                lock (gate)
                {
                    subscribers.Add(new Subscriber(value, CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture));
                }
            }
        }

        remove
        {
            lock (gate)
            {
                var index = subscribers.FindIndex(s => s.Handler == value);
                if (index >= 0)
                {
                    subscribers.RemoveAt(index);
                }
            }
        }
    }

    public void Publish(T change)
    {
        Subscriber[] current;
        lock (gate)
        {
            current = [.. subscribers];
        }

        foreach (var subscriber in current)
        {
            _ = RefreshAsync(subscriber, change);
        }
    }

    private async Task RefreshAsync(Subscriber subscriber, T change)
    {
        try
        {
            // The culture flows with this call into the subscriber's InvokeAsync, and is undone when it returns.
            CultureInfo.CurrentCulture = subscriber.Culture;
            CultureInfo.CurrentUICulture = subscriber.UiCulture;
            await subscriber.Handler(change);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "A {Broadcast} subscriber failed to refresh.", GetType().Name);
        }
    }

    private sealed record Subscriber(Func<T, Task> Handler, CultureInfo Culture, CultureInfo UiCulture);
}
