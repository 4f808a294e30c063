namespace MerchantPortal.Domain.Onboarding;

/// <summary>One move of an application: who, when, from where to where, by which trigger, and why.</summary>
public sealed class ApplicationTransition
{
    private ApplicationTransition()
    {
    }

    internal ApplicationTransition(Guid applicationId, ApplicationState? from, ApplicationState to, ApplicationTrigger trigger,
        string actorUserId, DateTime atUtc, string? reason)
    {
        ApplicationId = applicationId;
        From = from;
        To = to;
        Trigger = trigger;
        ActorUserId = actorUserId;
        AtUtc = atUtc;
        Reason = reason;
    }

    public long Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    /// <summary>Null for the row that opened the application.</summary>
    public ApplicationState? From { get; private set; }

    public ApplicationState To { get; private set; }

    public ApplicationTrigger Trigger { get; private set; }

    public string ActorUserId { get; private set; } = "";

    public DateTime AtUtc { get; private set; }

    public string? Reason { get; private set; }
}
