using MerchantPortal.Domain.Workflow;
using static MerchantPortal.Domain.Onboarding.ApplicationState;
using static MerchantPortal.Domain.Onboarding.ApplicationTrigger;
using static MerchantPortal.Domain.Workflow.Party;
using Rule = MerchantPortal.Domain.Workflow.TransitionRule<
    MerchantPortal.Domain.Onboarding.ApplicationState,
    MerchantPortal.Domain.Onboarding.ApplicationTrigger,
    MerchantPortal.Domain.Onboarding.ApplicationFacts>;

namespace MerchantPortal.Domain.Onboarding;

/// <summary>The onboarding application's whole state machine. The README's diagram is generated from this table.</summary>
public static class ApplicationWorkflow
{
    public static readonly Guard<ApplicationFacts> AllStepsComplete = new(nameof(AllStepsComplete), f => f.AllStepsComplete);
    public static readonly Guard<ApplicationFacts> BankAccountVerified = new(nameof(BankAccountVerified), f => f.BankAccountVerified);
    public static readonly Guard<ApplicationFacts> RiskNotHigh = new(nameof(RiskNotHigh), f => f.Risk != RiskLevel.High);
    public static readonly Guard<ApplicationFacts> RiskHigh = new(nameof(RiskHigh), f => f.Risk == RiskLevel.High);

    /// <summary>States from which the Owner may still withdraw: everything before a decision.</summary>
    public static readonly IReadOnlyList<ApplicationState> Undecided =
        [ChoosingPlatforms, EnteringEnterprise, UploadingDocuments, VerifyingIdentity, ReadyToSubmit, Submitted, InReview, ChangesRequested, PendingConfirmation];

    /// <summary>Moves between staff whose reasons are notes to each other: the organization sees the move, never the reason.</summary>
    public static readonly IReadOnlyList<ApplicationTrigger> StaffInternal = [Release, SendBack, VoidApproval];

    /// <summary>States in which the case waits for staff: the review queue's default view, and when the SLA clock runs.</summary>
    public static readonly IReadOnlyList<ApplicationState> AwaitingStaff = [Submitted, InReview, PendingConfirmation];

    public static readonly TransitionTable<ApplicationState, ApplicationTrigger, ApplicationFacts> Table = new(ChoosingPlatforms,
    [
        new Rule(ChoosingPlatforms, CompletePlatforms, EnteringEnterprise, Applicant),
        new Rule(EnteringEnterprise, CompleteEnterprise, UploadingDocuments, Applicant),
        new Rule(UploadingDocuments, CompleteDocuments, VerifyingIdentity, Applicant),
        new Rule(VerifyingIdentity, CompleteIdentity, ReadyToSubmit, Applicant),
        new Rule(ReadyToSubmit, Submit, Submitted, Applicant, Guards: [AllStepsComplete, BankAccountVerified]),
        new Rule(Submitted, Claim, InReview, Staff),
        new Rule(InReview, Release, Submitted, Staff),
        new Rule(InReview, RequestChanges, ChangesRequested, Staff, ReasonRequired: true),
        new Rule(ChangesRequested, Resubmit, Submitted, Applicant, Guards: [AllStepsComplete, BankAccountVerified]),
        new Rule(InReview, Approve, Approved, Staff, Guards: [RiskNotHigh]),
        new Rule(InReview, Approve, PendingConfirmation, Staff, Guards: [RiskHigh]),
        new Rule(InReview, Reject, Rejected, Staff, ReasonRequired: true),
        new Rule(PendingConfirmation, Confirm, Approved, Staff),
        new Rule(PendingConfirmation, SendBack, InReview, Staff, ReasonRequired: true),
        new Rule(PendingConfirmation, VoidApproval, InReview, Staff, ReasonRequired: true),
        new Rule(PendingConfirmation, Reject, Rejected, Staff, ReasonRequired: true),
        .. Undecided.Select(state => new Rule(state, Withdraw, Withdrawn, Applicant)),
        new Rule(Approved, Suspend, Suspended, Staff, ReasonRequired: true),
        new Rule(Suspended, Reinstate, Approved, Staff, ReasonRequired: true),
    ]);

    /// <summary>How far the wizard has come: the state records the furthest completed step.</summary>
    public static int CompletedWizardSteps(ApplicationState state) => state switch
    {
        ChoosingPlatforms => 0,
        EnteringEnterprise => 1,
        UploadingDocuments => 2,
        VerifyingIdentity => 3,
        _ => 4,
    };

    public static bool IsOpen(ApplicationState state) => state is not (Rejected or Withdrawn);

    /// <summary>Submitted and still open: the platform enrollments exist and their sandbox credentials can be used.</summary>
    public static bool HasBeenSubmitted(ApplicationState state) => state is Submitted or InReview or ChangesRequested or PendingConfirmation or Approved or Suspended;
}
