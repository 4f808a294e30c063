using MerchantPortal.Domain.Onboarding;

namespace MerchantPortal.Features.Review;

public sealed record ReviewQueueRow(
    Guid ApplicationId,
    string LegalName,
    string CreditCode,
    SubjectType SubjectType,
    Industry Industry,
    IReadOnlyList<string> Platforms,
    ApplicationState State,
    int Round,
    RiskLevel Risk,
    DateTime SubmittedAtUtc,
    DateTime SlaDueAtUtc,
    string? AssigneeUserId,
    string? AssigneeName,
    SlaReading Sla);
