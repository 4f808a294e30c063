using MerchantPortal.Domain;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Workflow;
using static MerchantPortal.Tests.Support.ApplicationBuilder;

namespace MerchantPortal.Tests.Unit.Review;

public class ReviewAssignmentRulesTests
{
    private static readonly Actor Reviewer = new("reviewer-a", Party.Staff);

    [Fact]
    public void Assign_ClaimsAWaitingCase_AndReleasePutsItBack()
    {
        var application = InState(ApplicationState.Submitted);

        application.Assign("reviewer-b", Reviewer, Now);
        Assert.Equal((ApplicationState.InReview, "reviewer-b"), (application.State, application.AssigneeUserId));
        application.Release(Reviewer, Now);

        Assert.Equal((ApplicationState.Submitted, (string?)null), (application.State, application.AssigneeUserId));
        Assert.Equal([ApplicationTrigger.Claim, ApplicationTrigger.Release], application.History.TakeLast(2).Select(h => h.Trigger));
    }

    [Fact]
    public void Reassigning_ACaseInReview_ChangesHandsWithoutATransition()
    {
        var application = InState(ApplicationState.Submitted);
        application.Assign(Reviewer.UserId, Reviewer, Now);
        var version = application.Version;
        var moves = application.History.Count;

        application.Assign("reviewer-b", Reviewer, Now);

        Assert.Equal(("reviewer-b", moves), (application.AssigneeUserId, application.History.Count));
        Assert.NotEqual(version, application.Version);
    }

    [Fact]
    public void OnlyTheAssigneeOrAnAdmin_MayDecide()
    {
        var application = InState(ApplicationState.Submitted);
        Assert.Equal(DomainErrors.NotReviewable, Assert.Throws<DomainException>(() => application.EnsureMayDecide(Reviewer.UserId, isAdmin: false)).Code);
        application.Assign(Reviewer.UserId, Reviewer, Now);

        application.EnsureMayDecide(Reviewer.UserId, isAdmin: false);
        application.EnsureMayDecide("admin", isAdmin: true);
        Assert.Equal(DomainErrors.NotAssignee, Assert.Throws<DomainException>(() => application.EnsureMayDecide("reviewer-b", isAdmin: false)).Code);
    }

    [Fact]
    public void ADecidedCase_CannotBeAssigned() =>
        Assert.Throws<DomainException>(() => InState(ApplicationState.Approved).Assign(Reviewer.UserId, Reviewer, Now));
}
