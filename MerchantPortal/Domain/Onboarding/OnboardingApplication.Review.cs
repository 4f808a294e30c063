using MerchantPortal.Domain.Review;
using MerchantPortal.Domain.Workflow;

namespace MerchantPortal.Domain.Onboarding;

/// <summary>The application's review: who has the case, who may decide, and the four-eyes confirmation of a high-risk approval.</summary>
public sealed partial class OnboardingApplication
{
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

    /// <summary>Decisions on a case in review (its documents, changes, approval) are the assignee's; an admin may step in.</summary>
    public void EnsureMayDecide(string userId, bool isAdmin)
    {
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
        EnsureMayCheck(actor.UserId);
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
        EnsureMayCheck(actor.UserId);
        Fire(ApplicationTrigger.SendBack, actor, nowUtc, ApplicationFacts.None, reason);
    }

    /// <summary>
    /// An approval awaiting confirmation is decided (confirmed, sent back or rejected) by any staff member except
    /// the one who made it: the four-eyes rule. Nothing else about the case changes meanwhile.
    /// </summary>
    public void EnsureMayCheck(string userId)
    {
        if (State != ApplicationState.PendingConfirmation)
        {
            throw new DomainException(DomainErrors.NotPendingConfirmation);
        }

        if (userId == ApprovedByUserId)
        {
            throw new DomainException(DomainErrors.SelfConfirmation);
        }
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
}
