using MerchantPortal.Domain.Review;

namespace MerchantPortal.Features.Review;

/// <summary>An SLA as of now: its colour, the working hours still left, and how long it has been overdue.</summary>
public sealed record SlaReading(SlaLevel Level, double WorkingHoursLeft, TimeSpan Overdue);
