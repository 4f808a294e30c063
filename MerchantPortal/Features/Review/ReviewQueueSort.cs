namespace MerchantPortal.Features.Review;

/// <summary>The queue's orders. Age is the time since the latest submission, so it sorts as the submission time does.</summary>
public enum ReviewQueueSort
{
    SlaDue = 0,
    Submitted = 1,
    LegalName = 2,
    State = 3,
}
