namespace MerchantPortal.Domain.Review;

/// <summary>How far an application waiting for a reviewer has come towards its SLA due time.</summary>
public enum SlaLevel
{
    OnTrack = 0,
    DueSoon = 1,
    Breached = 2,
}
