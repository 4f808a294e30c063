using MerchantPortal.Domain.Review;
using MerchantPortal.Domain.Scheduling;
using MerchantPortal.Domain.Workflow;

namespace MerchantPortal.Domain.Onboarding;

/// <summary>
/// An organization's onboarding application (进件申请). Its state changes only through <see cref="Fire"/>,
/// which consults <see cref="ApplicationWorkflow.Table"/>, writes a history row, and renews the concurrency token.
/// </summary>
public sealed partial class OnboardingApplication
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

    /// <summary>The queue's copy of the submitted data; null until the first submission.</summary>
    public ReviewListing? Listing { get; private set; }

    /// <summary>Starts at 1 with the first submission and counts each resubmission.</summary>
    public int ReviewRound { get; private set; }

    public DateTime? SubmittedAtUtc { get; private set; }

    /// <summary>When a reviewer must have decided, counted in working hours from the latest submission.</summary>
    public DateTime? SlaDueAtUtc { get; private set; }

    /// <summary>The reviewer working on the case; kept on resubmission so the case returns to the same person.</summary>
    public string? AssigneeUserId { get; private set; }

    /// <summary>The level the latest run of the risk checks set; a high-risk approval needs a second person.</summary>
    public RiskLevel Risk { get; private set; }

    /// <summary>While an approval awaits confirmation: who made it (who may not confirm it) and what it rested on.</summary>
    public string? ApprovedByUserId { get; private set; }

    /// <summary>The <see cref="Review.ApprovalEvidence"/> fingerprint at the approval awaiting confirmation.</summary>
    public string? ApprovalEvidence { get; private set; }

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
            StartedOn = ChinaDay.Of(nowUtc),
            IsDemo = isDemo,
            Version = Guid.NewGuid(),
        };
        application.EnterState(nowUtc);
        application._history.Add(new ApplicationTransition(application.Id, null, application.State, ApplicationTrigger.Start, actorUserId, nowUtc, null));
        return application;
    }

    public void Fire(ApplicationTrigger trigger, Actor actor, DateTime nowUtc, ApplicationFacts facts, string? reason = null)
    {
        var rule = ApplicationWorkflow.Table.Resolve(State, trigger, actor.Party, facts, reason);
        var trimmedReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        _history.Add(new ApplicationTransition(Id, State, rule.To, trigger, actor.UserId, nowUtc, trimmedReason));
        RecordMove(trigger, rule.To, nowUtc);
        State = rule.To;
        UpdatedAtUtc = nowUtc;
        Version = Guid.NewGuid();
        if (State != ApplicationState.PendingConfirmation)
        {
            ApprovedByUserId = null;
            ApprovalEvidence = null;
        }
    }

    /// <summary>Submit or resubmit with the risk level the checks just set, and start the review round's SLA clock.</summary>
    public void Submit(Actor actor, DateTime nowUtc, ApplicationFacts facts, ReviewListing listing, Func<DateTime, DateTime> slaDue)
    {
        Fire(State == ApplicationState.ChangesRequested ? ApplicationTrigger.Resubmit : ApplicationTrigger.Submit, actor, nowUtc, facts);
        Risk = facts.Risk;
        Listing = listing;
        ReviewRound++;
        SubmittedAtUtc = nowUtc;
        SlaDueAtUtc = slaDue(nowUtc);
    }

    public IReadOnlyList<ApplicationTrigger> PermittedTriggers(Party party, ApplicationFacts facts) =>
        ApplicationWorkflow.Table.Permitted(State, party, facts);
}
