namespace MerchantPortal.Data;

/// <summary>The database itself refuses to change or delete an audit entry; the hash chain catches whoever gets past it.</summary>
public static class AuditTriggers
{
    public const string Create = """
        CREATE TRIGGER "AuditEntries_NoUpdate" BEFORE UPDATE ON "AuditEntries" BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
        CREATE TRIGGER "AuditEntries_NoDelete" BEFORE DELETE ON "AuditEntries" BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS "AuditEntries_NoUpdate";
        DROP TRIGGER IF EXISTS "AuditEntries_NoDelete";
        """;
}
