namespace MerchantPortal.Features.Review;

/// <summary>
/// Tells every open circuit that an application moved (submitted, claimed, decided), so queues and cases
/// refresh without a reload. Subscribers re-read through their own services and marshal onto their own
/// circuit with <c>InvokeAsync</c>; a failing subscriber never stops the others.
/// </summary>
public sealed class ReviewQueueNotifier(ILogger<ReviewQueueNotifier> logger)
{
    public event Func<Guid, Task>? Changed;

    /// <summary>Starts every subscriber's refresh and returns: the one who made the change never waits for other people's screens.</summary>
    public void Publish(Guid applicationId)
    {
        foreach (var subscriber in Changed?.GetInvocationList().Cast<Func<Guid, Task>>() ?? [])
        {
            _ = RefreshAsync(subscriber, applicationId);
        }
    }

    private async Task RefreshAsync(Func<Guid, Task> subscriber, Guid applicationId)
    {
        try
        {
            await subscriber(applicationId);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "A review queue subscriber failed to refresh for application {ApplicationId}", applicationId);
        }
    }
}
