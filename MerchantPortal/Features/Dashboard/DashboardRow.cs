using MerchantPortal.Domain.Onboarding;

namespace MerchantPortal.Features.Dashboard;

/// <summary>One application in a figure's list.</summary>
public sealed record DashboardRow(
    Guid ApplicationId, string Organization, string? LegalName, ApplicationState State, string? Platforms,
    DateTime StartedAtUtc, DateTime? SubmittedAtUtc, DateTime? DecidedAtUtc, DateTime? LiveAtUtc);
