namespace MerchantPortal.Domain.Enrollments;

/// <summary>The moves of an enrollment. <see cref="Open"/> only creates it and is in no table row.</summary>
public enum EnrollmentTrigger
{
    Open = 0,
    PassTests = 1,
    FailTests = 2,
    RequestGoLive = 3,
    GoLive = 4,
    Suspend = 5,
    Reinstate = 6,
}
