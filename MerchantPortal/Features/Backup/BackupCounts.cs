namespace MerchantPortal.Features.Backup;

/// <summary>Row counts read from the backed-up database, to check a restore at a glance.</summary>
public sealed record BackupCounts(long AuditEntries, long Users, long Organizations, long Applications, long Documents);
