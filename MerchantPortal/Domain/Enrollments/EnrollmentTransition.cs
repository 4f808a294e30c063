namespace MerchantPortal.Domain.Enrollments;

/// <summary>One move of an enrollment: who, when, from where to where, by which trigger, and why.</summary>
public sealed class EnrollmentTransition
{
    private EnrollmentTransition()
    {
    }

    internal EnrollmentTransition(Guid enrollmentId, EnrollmentState? from, EnrollmentState to, EnrollmentTrigger trigger, string actorUserId, DateTime atUtc, string? reason)
    {
        EnrollmentId = enrollmentId;
        From = from;
        To = to;
        Trigger = trigger;
        ActorUserId = actorUserId;
        AtUtc = atUtc;
        Reason = reason;
    }

    public long Id { get; private set; }

    public Guid EnrollmentId { get; private set; }

    /// <summary>Null for the row that opened the enrollment.</summary>
    public EnrollmentState? From { get; private set; }

    public EnrollmentState To { get; private set; }

    public EnrollmentTrigger Trigger { get; private set; }

    public string ActorUserId { get; private set; } = "";

    public DateTime AtUtc { get; private set; }

    public string? Reason { get; private set; }
}
