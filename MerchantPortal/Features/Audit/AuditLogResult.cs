namespace MerchantPortal.Features.Audit;

/// <summary>One page of the audit log, and how many entries match in all.</summary>
public sealed record AuditLogResult(IReadOnlyList<AuditLogRow> Rows, int Total);
