using MerchantPortal.Domain;
using MerchantPortal.Domain.Enrollments;
using MerchantPortal.Domain.Workflow;

namespace MerchantPortal.Tests.Unit.Enrollments;

public class EnrollmentWorkflowTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 2, 0, 0, DateTimeKind.Utc);
    private static readonly Actor Portal = new("portal", Party.System);
    private static readonly Actor Owner = new("owner", Party.Applicant);
    private static readonly Actor Staff = new("staff", Party.Staff);
    private static readonly EnrollmentFacts Ready = new(ApplicationApproved: true, LatestRunGreen: true, AgreementAccepted: true, ConfirmerIndependent: true);

    private static PlatformEnrollment Opened() => PlatformEnrollment.Open(Guid.NewGuid(), "alipay", "owner", Now);

    [Fact]
    public void AGreenRun_PassesTheTests_AndALaterRedRunTakesThatBack()
    {
        var enrollment = Opened();

        enrollment.RecordTestRun(green: true, Portal, Now);
        var afterGreen = enrollment.State;
        enrollment.RecordTestRun(green: true, Portal, Now);
        enrollment.RecordTestRun(green: false, Portal, Now);

        Assert.Equal(EnrollmentState.TestsPassed, afterGreen);
        Assert.Equal(EnrollmentState.Sandbox, enrollment.State);
        Assert.Equal([EnrollmentTrigger.Open, EnrollmentTrigger.PassTests, EnrollmentTrigger.FailTests], enrollment.History.Select(h => h.Trigger));
    }

    [Fact]
    public void ARedRunInTheSandbox_MovesNothing()
    {
        var enrollment = Opened();

        enrollment.RecordTestRun(green: false, Portal, Now);

        Assert.Equal(EnrollmentState.Sandbox, enrollment.State);
        Assert.Single(enrollment.History);
    }

    [Fact]
    public void GoLive_NeedsApproval_AGreenRun_TheAgreement_ThenAnIndependentStaffMember_AndNoRunsAfterTheRequest()
    {
        var enrollment = Opened();
        enrollment.RecordTestRun(green: true, Portal, Now);

        var unapproved = Assert.Throws<DomainException>(() => enrollment.Fire(EnrollmentTrigger.RequestGoLive, Owner, Now, new EnrollmentFacts(false, true, true)));
        var red = Assert.Throws<DomainException>(() => enrollment.Fire(EnrollmentTrigger.RequestGoLive, Owner, Now, new EnrollmentFacts(true, false, true)));
        var unsigned = Assert.Throws<DomainException>(() => enrollment.Fire(EnrollmentTrigger.RequestGoLive, Owner, Now, new EnrollmentFacts(true, true, false)));
        enrollment.Fire(EnrollmentTrigger.RequestGoLive, Owner, Now, Ready);
        var run = Assert.Throws<DomainException>(() => enrollment.RecordTestRun(green: false, Portal, Now));
        var byOwner = Assert.Throws<DomainException>(() => enrollment.Fire(EnrollmentTrigger.GoLive, Owner, Now, Ready));
        var byApprover = Assert.Throws<DomainException>(() => enrollment.Fire(EnrollmentTrigger.GoLive, Staff, Now, Ready with { ConfirmerIndependent = false }));
        enrollment.Fire(EnrollmentTrigger.GoLive, Staff, Now, Ready);

        Assert.All([unapproved, red, unsigned, byApprover], e => Assert.Equal(DomainErrors.GuardFailed, e.Code));
        Assert.Equal((DomainErrors.TestRunsClosed, DomainErrors.TriggerNotForParty), (run.Code, byOwner.Code));
        Assert.Equal(EnrollmentState.Live, enrollment.State);
    }

    [Fact]
    public void OnlyThePortal_RecordsATestVerdict()
    {
        var enrollment = Opened();

        var error = Assert.Throws<DomainException>(() => enrollment.Fire(EnrollmentTrigger.PassTests, Owner, Now, EnrollmentFacts.None));

        Assert.Equal(DomainErrors.TriggerNotForParty, error.Code);
    }

    [Fact]
    public void Suspending_AndReinstating_NeedAReason()
    {
        var enrollment = Opened();
        enrollment.RecordTestRun(green: true, Portal, Now);
        enrollment.Fire(EnrollmentTrigger.RequestGoLive, Owner, Now, Ready);
        enrollment.Fire(EnrollmentTrigger.GoLive, Staff, Now, Ready);

        var silent = Assert.Throws<DomainException>(() => enrollment.Fire(EnrollmentTrigger.Suspend, Staff, Now, EnrollmentFacts.None, " "));
        enrollment.Fire(EnrollmentTrigger.Suspend, Staff, Now, EnrollmentFacts.None, "交易投诉核查");
        enrollment.Fire(EnrollmentTrigger.Reinstate, Staff, Now, EnrollmentFacts.None, "核查完毕");

        Assert.Equal(DomainErrors.ReasonRequired, silent.Code);
        Assert.Equal(EnrollmentState.Live, enrollment.State);
        Assert.Equal("核查完毕", enrollment.History.Last().Reason);
    }
}
