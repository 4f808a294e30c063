using MerchantPortal.Domain.Review;
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

    /// <summary>
    /// Gives the case to <paramref name="assigneeUserId"/> (the actor themself when claiming). A waiting
    /// case moves to "in review"; a case already in review just changes hands.
    /// </summary>
    public void Assign(string assigneeUserId, Actor actor, DateTime nowUtc)
    {
        if (State == ApplicationState.Submitted)
        {
            Fire(ApplicationTrigger.Claim, actor, nowUtc, ApplicationFacts.None);
        }
        else if (State is not (ApplicationState.InReview or ApplicationState.PendingConfirmation) || actor.Party != Party.Staff)
        {
            throw new DomainException(DomainErrors.IllegalTransition, ApplicationTrigger.Claim, State);
        }

        AssigneeUserId = assigneeUserId;
        UpdatedAtUtc = nowUtc;
        Version = Guid.NewGuid();
    }

    /// <summary>Puts the case back in the queue for anyone to claim.</summary>
    public void Release(Actor actor, DateTime nowUtc)
    {
        Fire(ApplicationTrigger.Release, actor, nowUtc, ApplicationFacts.None);
        AssigneeUserId = null;
    }

    /// <summary>
    /// Decisions on a case in review are the assignee's (an admin may step in). An approval awaiting confirmation
    /// is decided by any staff member except the one who made it: the four-eyes rule.
    /// </summary>
    public void EnsureMayDecide(string userId, bool isAdmin)
    {
        if (State == ApplicationState.PendingConfirmation)
        {
            if (userId == ApprovedByUserId)
            {
                throw new DomainException(DomainErrors.SelfConfirmation);
            }

            return;
        }

        if (State != ApplicationState.InReview)
        {
            throw new DomainException(DomainErrors.NotReviewable);
        }

        if (AssigneeUserId != userId && !isAdmin)
        {
            throw new DomainException(DomainErrors.NotAssignee);
        }
    }

    /// <summary>
    /// Approves at the <paramref name="risk"/> the checks just found: a high risk waits for a second person, who
    /// will find the approval void unless <paramref name="evidence"/> still holds.
    /// </summary>
    public void Approve(Actor actor, DateTime nowUtc, RiskLevel risk, string evidence)
    {
        Risk = risk;
        Fire(ApplicationTrigger.Approve, actor, nowUtc, new ApplicationFacts(true, true, risk));
        if (State == ApplicationState.PendingConfirmation)
        {
            ApprovedByUserId = actor.UserId;
            ApprovalEvidence = evidence;
        }
    }

    /// <summary>
    /// The checker's "yes", only while the approval still rests on the same <paramref name="evidence"/>. If it
    /// changed, the approval is void instead, the case goes back to review, and this returns false.
    /// </summary>
    public bool Confirm(Actor actor, DateTime nowUtc, RiskLevel risk, string evidence, string voidReason)
    {
        EnsureChecker(actor);
        Risk = risk;
        if (evidence != ApprovalEvidence)
        {
            Fire(ApplicationTrigger.VoidApproval, actor, nowUtc, ApplicationFacts.None, voidReason);
            return false;
        }

        Fire(ApplicationTrigger.Confirm, actor, nowUtc, ApplicationFacts.None);
        return true;
    }

    /// <summary>The checker's "no": the case goes back to review, to its assignee, with the reason.</summary>
    public void SendBack(Actor actor, DateTime nowUtc, string reason)
    {
        EnsureChecker(actor);
        Fire(ApplicationTrigger.SendBack, actor, nowUtc, ApplicationFacts.None, reason);
    }

    private void EnsureChecker(Actor actor)
    {
        if (State != ApplicationState.PendingConfirmation)
        {
            throw new DomainException(DomainErrors.NotPendingConfirmation);
        }

        EnsureMayDecide(actor.UserId, isAdmin: false);
    }

    /// <summary>The checks ran again while the case waits for staff: the queue and the next decision see the new level.</summary>
    public void Reassess(RiskLevel risk, DateTime nowUtc)
    {
        if (!ApplicationWorkflow.AwaitingStaff.Contains(State))
        {
            throw new DomainException(DomainErrors.NotReviewable);
        }

        Risk = risk;
        Touch(nowUtc);
    }

    /// <summary>Marks a decision on a part of the case (a document), so of two decisions saved at the same moment only one wins.</summary>
    public void Touch(DateTime nowUtc)
    {
        UpdatedAtUtc = nowUtc;
        Version = Guid.NewGuid();
    }

    public IReadOnlyList<ApplicationTrigger> PermittedTriggers(Party party, ApplicationFacts facts) =>
        ApplicationWorkflow.Table.Permitted(State, party, facts);
}
