using MerchantPortal.Domain.Workflow;

namespace MerchantPortal.Domain.Enrollments;

/// <summary>
/// An application's enrollment with one payment platform, opened when the application is submitted. Its state
/// changes only through <see cref="Fire"/>, which consults <see cref="EnrollmentWorkflow.Table"/>, writes a
/// history row and renews the concurrency token — the same pattern as the application's.
/// </summary>
public sealed class PlatformEnrollment
{
    public const int MaxPlatformCodeLength = 32;

    private readonly List<EnrollmentTransition> _history = [];

    private PlatformEnrollment()
    {
    }

    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    /// <summary>The platform's catalogue code (<c>alipay</c>, <c>wechatpay</c>).</summary>
    public string PlatformCode { get; private set; } = "";

    public EnrollmentState State { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>Concurrency token: of two moves made from the same version, only the first to save wins.</summary>
    public Guid Version { get; private set; }

    public IReadOnlyCollection<EnrollmentTransition> History => _history;

    public static PlatformEnrollment Open(Guid applicationId, string platformCode, string actorUserId, DateTime nowUtc)
    {
        var enrollment = new PlatformEnrollment
        {
            Id = Guid.NewGuid(),
            ApplicationId = applicationId,
            PlatformCode = platformCode,
            State = EnrollmentWorkflow.Table.Initial,
            CreatedAtUtc = nowUtc,
            UpdatedAtUtc = nowUtc,
            Version = Guid.NewGuid(),
        };
        enrollment._history.Add(new EnrollmentTransition(enrollment.Id, null, enrollment.State, EnrollmentTrigger.Open, actorUserId, nowUtc, null));
        return enrollment;
    }

    public void Fire(EnrollmentTrigger trigger, Actor actor, DateTime nowUtc, EnrollmentFacts facts, string? reason = null)
    {
        var rule = EnrollmentWorkflow.Table.Resolve(State, trigger, actor.Party, facts, reason);
        _history.Add(new EnrollmentTransition(Id, State, rule.To, trigger, actor.UserId, nowUtc, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()));
        State = rule.To;
        UpdatedAtUtc = nowUtc;
        Version = Guid.NewGuid();
    }

    /// <summary>
    /// A finished go-live run's verdict: green passes the tests, red takes a pass back; a run that changes
    /// nothing (green again, red while still in the sandbox) moves nothing.
    /// </summary>
    public void RecordTestRun(bool green, Actor portal, DateTime nowUtc)
    {
        if (!EnrollmentWorkflow.AcceptsTestRuns(State))
        {
            throw new DomainException(DomainErrors.TestRunsClosed);
        }

        if (green && State == EnrollmentState.Sandbox)
        {
            Fire(EnrollmentTrigger.PassTests, portal, nowUtc, EnrollmentFacts.None);
        }
        else if (!green && State == EnrollmentState.TestsPassed)
        {
            Fire(EnrollmentTrigger.FailTests, portal, nowUtc, EnrollmentFacts.None);
        }
    }
}
