namespace MerchantPortal.Domain.Review;

/// <summary>When the checks ran. Stored as numbers: only append.</summary>
public enum RiskOccasion
{
    Submission = 0,
    Approval = 1,
    Confirmation = 2,

    /// <summary>A reviewer ran the checks again while the case waited (others may have acted since the submission).</summary>
    OnRequest = 3,
}
