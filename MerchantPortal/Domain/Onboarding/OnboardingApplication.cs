using MerchantPortal.Domain.Workflow;

namespace MerchantPortal.Domain.Onboarding;

/// <summary>
/// An organization's onboarding application (进件申请). Its state changes only through <see cref="Fire"/>,
/// which consults <see cref="ApplicationWorkflow.Table"/>, writes a history row, and renews the concurrency token.
/// </summary>
public sealed class OnboardingApplication
{
    private readonly List<ApplicationTransition> _history = [];

    private OnboardingApplication()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public ApplicationState State { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public bool IsDemo { get; private set; }

    /// <summary>Concurrency token: of two moves made from the same version, only the first to save wins.</summary>
    public Guid Version { get; private set; }

    public IReadOnlyCollection<ApplicationTransition> History => _history;

    public bool IsOpen => ApplicationWorkflow.IsOpen(State);

    public static OnboardingApplication Start(Guid organizationId, string actorUserId, DateTime nowUtc, bool isDemo = false)
    {
        var application = new OnboardingApplication
        {
            Id = Guid.NewGuid(),
            OrganizationId = organizationId,
            State = ApplicationWorkflow.Table.Initial,
            CreatedAtUtc = nowUtc,
            UpdatedAtUtc = nowUtc,
            IsDemo = isDemo,
            Version = Guid.NewGuid(),
        };
        application._history.Add(new ApplicationTransition(application.Id, null, application.State, ApplicationTrigger.Start, actorUserId, nowUtc, null));
        return application;
    }

    public void Fire(ApplicationTrigger trigger, Actor actor, DateTime nowUtc, ApplicationFacts facts, string? reason = null)
    {
        var rule = ApplicationWorkflow.Table.Resolve(State, trigger, actor.Party, facts, reason);
        var trimmedReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        _history.Add(new ApplicationTransition(Id, State, rule.To, trigger, actor.UserId, nowUtc, trimmedReason));
        State = rule.To;
        UpdatedAtUtc = nowUtc;
        Version = Guid.NewGuid();
    }

    public IReadOnlyList<ApplicationTrigger> PermittedTriggers(Party party, ApplicationFacts facts) =>
        ApplicationWorkflow.Table.Permitted(State, party, facts);
}
