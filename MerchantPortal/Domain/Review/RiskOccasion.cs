namespace MerchantPortal.Domain.Review;

/// <summary>When the checks ran. Stored as numbers: only append.</summary>
public enum RiskOccasion
{
    Submission = 0,
    Approval = 1,
    Confirmation = 2,
}
