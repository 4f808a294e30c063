namespace MerchantPortal.Domain.Enrollments;

/// <summary>What the enrollment's guards look at, gathered by the caller at the moment of the move.</summary>
/// <param name="ApplicationApproved">The application behind the enrollment is approved.</param>
/// <param name="LatestRunGreen">The enrollment's latest go-live run passed every check.</param>
/// <param name="AgreementAccepted">The merchant agreement's current version and the platform's fee rate are accepted.</param>
/// <param name="ConfirmerIndependent">The staff member confirming go-live neither approved nor confirmed the application, nor belongs to the organization.</param>
public sealed record EnrollmentFacts(bool ApplicationApproved, bool LatestRunGreen = false, bool AgreementAccepted = false, bool ConfirmerIndependent = false)
{
    public static readonly EnrollmentFacts None = new(false);
}
