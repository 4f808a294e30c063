namespace MerchantPortal.Domain.Onboarding;

/// <summary>The moves of the application. <see cref="Start"/> only opens a new application and is in no table row.</summary>
public enum ApplicationTrigger
{
    Start = 0,
    CompletePlatforms = 1,
    CompleteEnterprise = 2,
    CompleteDocuments = 3,
    CompleteIdentity = 4,
    Submit = 5,
    Claim = 6,
    RequestChanges = 7,
    Resubmit = 8,
    Approve = 9,
    Confirm = 10,
    SendBack = 11,
    Reject = 12,
    Withdraw = 13,
    Suspend = 14,
    Reinstate = 15,
    Release = 16,
    VoidApproval = 17,
}
