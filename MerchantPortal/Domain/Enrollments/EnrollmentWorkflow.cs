using MerchantPortal.Domain.Workflow;
using static MerchantPortal.Domain.Enrollments.EnrollmentState;
using static MerchantPortal.Domain.Enrollments.EnrollmentTrigger;
using static MerchantPortal.Domain.Workflow.Party;
using Rule = MerchantPortal.Domain.Workflow.TransitionRule<
    MerchantPortal.Domain.Enrollments.EnrollmentState,
    MerchantPortal.Domain.Enrollments.EnrollmentTrigger,
    MerchantPortal.Domain.Enrollments.EnrollmentFacts>;

namespace MerchantPortal.Domain.Enrollments;

/// <summary>
/// One platform's enrollment, from sandbox to live, as one table. A green go-live run passes the tests, a later
/// red one takes that back; once go-live is requested no run changes anything.
/// </summary>
public static class EnrollmentWorkflow
{
    public static readonly Guard<EnrollmentFacts> ApplicationApproved = new(nameof(ApplicationApproved), f => f.ApplicationApproved);

    public static readonly Guard<EnrollmentFacts> LatestRunGreen = new(nameof(LatestRunGreen), f => f.LatestRunGreen);

    public static readonly Guard<EnrollmentFacts> AgreementAccepted = new(nameof(AgreementAccepted), f => f.AgreementAccepted);

    public static readonly Guard<EnrollmentFacts> ConfirmerIndependent = new(nameof(ConfirmerIndependent), f => f.ConfirmerIndependent);

    public static readonly TransitionTable<EnrollmentState, EnrollmentTrigger, EnrollmentFacts> Table = new(Sandbox,
    [
        new Rule(Sandbox, PassTests, TestsPassed, Party.System),
        new Rule(TestsPassed, FailTests, Sandbox, Party.System),
        new Rule(TestsPassed, RequestGoLive, GoLiveRequested, Applicant, Guards: [ApplicationApproved, LatestRunGreen, AgreementAccepted]),
        new Rule(GoLiveRequested, GoLive, Live, Staff, Guards: [ApplicationApproved, ConfirmerIndependent]),
        new Rule(Live, Suspend, Suspended, Staff, ReasonRequired: true),
        new Rule(Suspended, Reinstate, Live, Staff, ReasonRequired: true),
    ]);

    /// <summary>Whether a go-live test run may start: not once go-live is requested.</summary>
    public static bool AcceptsTestRuns(EnrollmentState state) => state is Sandbox or TestsPassed;
}
