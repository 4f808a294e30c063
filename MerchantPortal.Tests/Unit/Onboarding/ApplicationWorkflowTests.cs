using MerchantPortal.Domain;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Workflow;
using MerchantPortal.Tests.Support;
using static MerchantPortal.Tests.Support.ApplicationBuilder;

namespace MerchantPortal.Tests.Unit.Onboarding;

/// <summary>Walks the whole transition table: every legal move, and every move that is not in it.</summary>
public class ApplicationWorkflowTests
{
    private static readonly IReadOnlyList<TransitionRule<ApplicationState, ApplicationTrigger, ApplicationFacts>> Rules =
        ApplicationWorkflow.Table.Rules;

    public static TheoryData<int> RuleIndexes() => [.. Enumerable.Range(0, Rules.Count)];

    public static TheoryData<ApplicationState, ApplicationTrigger, Party> IllegalMoves()
    {
        var data = new TheoryData<ApplicationState, ApplicationTrigger, Party>();
        foreach (var state in Enum.GetValues<ApplicationState>())
        {
            foreach (var trigger in Enum.GetValues<ApplicationTrigger>())
            {
                foreach (var party in Enum.GetValues<Party>())
                {
                    if (!Rules.Any(r => r.From == state && r.Trigger == trigger && r.By == party))
                    {
                        data.Add(state, trigger, party);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIndexes))]
    public void LegalMove_ReachesItsState_AndWritesOneHistoryRow(int index)
    {
        var rule = Rules[index];
        var application = InState(rule.From);
        var historyBefore = application.History.Count;
        var versionBefore = application.Version;

        application.Fire(rule.Trigger, ActorFor(rule.By), Now.AddMinutes(5), FactsFor(rule), "  why  ");

        Assert.Equal(rule.To, application.State);
        Assert.NotEqual(versionBefore, application.Version);
        Assert.Equal(historyBefore + 1, application.History.Count);
        var row = application.History.Last();
        Assert.Equal((rule.From, rule.To, rule.Trigger, ActorFor(rule.By).UserId, Now.AddMinutes(5), "why"),
            (row.From!.Value, row.To, row.Trigger, row.ActorUserId, row.AtUtc, row.Reason));
    }

    [Theory]
    [MemberData(nameof(IllegalMoves))]
    public void IllegalMove_Throws_AndWritesNothing(ApplicationState state, ApplicationTrigger trigger, Party party)
    {
        var application = InState(state);
        var (historyBefore, versionBefore) = (application.History.Count, application.Version);
        var permissive = new ApplicationFacts(true, true, RiskLevel.Low);

        var error = Assert.Throws<DomainException>(() => application.Fire(trigger, ActorFor(party), Now, permissive, "reason"));

        Assert.Contains(error.Code, new[] { DomainErrors.IllegalTransition, DomainErrors.TriggerNotForParty });
        Assert.Equal((state, historyBefore, versionBefore), (application.State, application.History.Count, application.Version));
    }

    [Theory]
    [InlineData(ApplicationState.ReadyToSubmit, ApplicationTrigger.Submit, false, true, "AllStepsComplete")]
    [InlineData(ApplicationState.ReadyToSubmit, ApplicationTrigger.Submit, true, false, "BankAccountVerified")]
    [InlineData(ApplicationState.ChangesRequested, ApplicationTrigger.Resubmit, true, false, "BankAccountVerified")]
    public void GuardNotHolding_IsRefusedByName_AndWritesNothing(ApplicationState state, ApplicationTrigger trigger, bool stepsComplete, bool bankVerified, string guard)
    {
        var application = InState(state);
        var historyBefore = application.History.Count;

        var error = Assert.Throws<DomainException>(() =>
            application.Fire(trigger, ActorFor(Party.Applicant), Now, new ApplicationFacts(stepsComplete, bankVerified, RiskLevel.Low)));

        Assert.Equal(DomainErrors.GuardFailed, error.Code);
        Assert.Equal(guard, error.Args[1]);
        Assert.Equal((state, historyBefore), (application.State, application.History.Count));
    }

    [Theory]
    [InlineData(RiskLevel.Low, ApplicationState.Approved)]
    [InlineData(RiskLevel.Medium, ApplicationState.Approved)]
    [InlineData(RiskLevel.High, ApplicationState.PendingConfirmation)]
    public void Approve_GoesWhereTheRiskSays(RiskLevel risk, ApplicationState expected)
    {
        var application = InState(ApplicationState.InReview);

        application.Fire(ApplicationTrigger.Approve, ActorFor(Party.Staff), Now, new ApplicationFacts(true, true, risk));

        Assert.Equal(expected, application.State);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Reject_WithoutReason_IsRefused(string? reason)
    {
        var application = InState(ApplicationState.InReview);

        var error = Assert.Throws<DomainException>(() =>
            application.Fire(ApplicationTrigger.Reject, ActorFor(Party.Staff), Now, ApplicationFacts.None, reason));

        Assert.Equal(DomainErrors.ReasonRequired, error.Code);
        Assert.Equal(ApplicationState.InReview, application.State);
    }

    [Fact]
    public void Reason_LongerThanTheLimit_IsRefused()
    {
        var application = InState(ApplicationState.InReview);

        Assert.Throws<DomainException>(() => application.Fire(ApplicationTrigger.Reject, ActorFor(Party.Staff), Now,
            ApplicationFacts.None, new string('x', TransitionTable<ApplicationState, ApplicationTrigger, ApplicationFacts>.MaxReasonLength + 1)));
    }

    [Fact]
    public void PermittedTriggers_OfferOnlyWhatTheTableAllowsTheParty()
    {
        var application = InState(ApplicationState.InReview);

        Assert.Equal([ApplicationTrigger.Withdraw], application.PermittedTriggers(Party.Applicant, ApplicationFacts.None));
        Assert.Equal(
            new[] { ApplicationTrigger.Release, ApplicationTrigger.RequestChanges, ApplicationTrigger.Approve, ApplicationTrigger.Reject }.Order(),
            application.PermittedTriggers(Party.Staff, ApplicationFacts.None).Order());
    }

    [Fact]
    public void EveryState_IsReachable_AndOnlyDecidedStatesCannotBeWithdrawn()
    {
        foreach (var state in Enum.GetValues<ApplicationState>())
        {
            var application = InState(state);
            var canWithdraw = application.PermittedTriggers(Party.Applicant, ApplicationFacts.None).Contains(ApplicationTrigger.Withdraw);
            Assert.Equal(state is not (ApplicationState.Approved or ApplicationState.Rejected or ApplicationState.Withdrawn or ApplicationState.Suspended), canWithdraw);
        }
    }
}
