namespace MerchantPortal.Domain.Enrollments;

/// <summary>What the enrollment's guards look at, gathered by the caller at the moment of the move.</summary>
public sealed record EnrollmentFacts(bool ApplicationApproved)
{
    public static readonly EnrollmentFacts None = new(false);
}
