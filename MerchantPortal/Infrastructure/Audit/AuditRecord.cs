namespace MerchantPortal.Infrastructure.Audit;

/// <summary>What to write into the audit trail; <see cref="Details"/> is serialized as JSON and must hold no secrets or ID numbers.</summary>
public sealed record AuditRecord(string? ActorUserId, string Action, string SubjectType, string SubjectId, object? Details = null);
