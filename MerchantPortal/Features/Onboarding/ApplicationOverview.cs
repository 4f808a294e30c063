using MerchantPortal.Domain.Enrollments;
using MerchantPortal.Domain.Onboarding;

namespace MerchantPortal.Features.Onboarding;

/// <summary>An organization's current (or last) application as its members see it, with what they may do next.</summary>
public sealed record ApplicationOverview(
    Guid? ApplicationId,
    ApplicationState? State,
    DateTime? UpdatedAtUtc,
    bool CanStart,
    bool CanWithdraw,
    IReadOnlyList<ApplicationOverview.HistoryEntry> History,
    IReadOnlyList<ApplicationOverview.Enrollment> Enrollments)
{
    /// <summary>One chosen platform's enrollment, opened at submission.</summary>
    public sealed record Enrollment(string PlatformCode, EnrollmentState State);

    public sealed record HistoryEntry(ApplicationState? From, ApplicationState To, ApplicationTrigger Trigger, string ActorName, DateTime AtUtc, string? Reason);
}
