namespace MerchantPortal.Domain.Enrollments;

/// <summary>Where an organization stands with one platform. The numbers are stored: never renumber, only append.</summary>
public enum EnrollmentState
{
    Sandbox = 0,
    TestsPassed = 1,
    GoLiveRequested = 2,
    Live = 3,
    Suspended = 4,
}
