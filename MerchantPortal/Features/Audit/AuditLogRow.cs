namespace MerchantPortal.Features.Audit;

public sealed record AuditLogRow(long Id, DateTime AtUtc, string? ActorUserId, string ActorName, string? ActorEmail, string Action, string SubjectType, string SubjectId, string Details, string Hash);
