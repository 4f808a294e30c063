namespace MerchantPortal.Domain;

/// <summary>The codes of the rules the domain enforces; each has a message in Resources/ErrorText.</summary>
public static class DomainErrors
{
    public const string OrganizationNameInvalid = nameof(OrganizationNameInvalid);
    public const string AlreadyMember = nameof(AlreadyMember);
    public const string NotAMember = nameof(NotAMember);
    public const string CannotRemoveOwner = nameof(CannotRemoveOwner);
    public const string AlreadyOwner = nameof(AlreadyOwner);
    public const string OwnerOnly = nameof(OwnerOnly);
    public const string InvitationInvalid = nameof(InvitationInvalid);
    public const string InvitationEmailMismatch = nameof(InvitationEmailMismatch);
    public const string ConcurrentChange = nameof(ConcurrentChange);
    public const string IllegalTransition = nameof(IllegalTransition);
    public const string TriggerNotForParty = nameof(TriggerNotForParty);
    public const string GuardFailed = nameof(GuardFailed);
    public const string ReasonRequired = nameof(ReasonRequired);
    public const string ReasonTooLong = nameof(ReasonTooLong);
    public const string ApplicationAlreadyOpen = nameof(ApplicationAlreadyOpen);
    public const string ApplicationNotFound = nameof(ApplicationNotFound);
    public const string OwnOrganization = nameof(OwnOrganization);
    public const string ApplicationLocked = nameof(ApplicationLocked);
    public const string CreditCodeInUse = nameof(CreditCodeInUse);
    public const string ConsentMissing = nameof(ConsentMissing);
    public const string EnterpriseFirst = nameof(EnterpriseFirst);
    public const string RetypeMaskedNumber = nameof(RetypeMaskedNumber);
    public const string DocumentNotDue = nameof(DocumentNotDue);
    public const string DocumentsMissing = nameof(DocumentsMissing);
    public const string BankNotConfigured = nameof(BankNotConfigured);
    public const string DepositRateLimited = nameof(DepositRateLimited);
    public const string NoDeposit = nameof(NoDeposit);
    public const string AmountUnreadable = nameof(AmountUnreadable);
    public const string AccountFirst = nameof(AccountFirst);
    public const string DeclarationRequired = nameof(DeclarationRequired);
    public const string NotAssignee = nameof(NotAssignee);
    public const string NotReviewable = nameof(NotReviewable);
    public const string DocumentsNotApproved = nameof(DocumentsNotApproved);
    public const string NothingRequested = nameof(NothingRequested);
    public const string DocumentReasonRequired = nameof(DocumentReasonRequired);
    public const string ExplanationRequired = nameof(ExplanationRequired);
    public const string MessageRateLimited = nameof(MessageRateLimited);
    public const string ReasonCodeUnknown = nameof(ReasonCodeUnknown);
    public const string FieldLocked = nameof(FieldLocked);
    public const string NotStaff = nameof(NotStaff);
    public const string MessageInvalid = nameof(MessageInvalid);
    public const string DocumentNotCurrent = nameof(DocumentNotCurrent);
    public const string SelfConfirmation = nameof(SelfConfirmation);
    public const string NotPendingConfirmation = nameof(NotPendingConfirmation);
    public const string ApprovalEvidenceChanged = nameof(ApprovalEvidenceChanged);
    public const string CaseChangedMeanwhile = nameof(CaseChangedMeanwhile);
    public const string TestRunsClosed = nameof(TestRunsClosed);
}
