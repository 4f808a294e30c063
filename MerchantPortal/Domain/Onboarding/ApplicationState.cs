namespace MerchantPortal.Domain.Onboarding;

/// <summary>The application's states. The numbers are stored: never renumber, only append.</summary>
public enum ApplicationState
{
    ChoosingPlatforms = 0,
    EnteringEnterprise = 1,
    UploadingDocuments = 2,
    VerifyingIdentity = 3,
    ReadyToSubmit = 4,
    Submitted = 5,
    InReview = 6,
    ChangesRequested = 7,
    PendingConfirmation = 8,
    Approved = 9,
    Rejected = 10,
    Withdrawn = 11,
    Suspended = 12,
}
