using System.Text.Json;
using MerchantPortal.Data;
using MerchantPortal.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Infrastructure.Audit;

/// <summary>
/// The tamper-evident audit trail (docs/decisions/0008-audit-hash-chain.md). An entry is saved in the same
/// SaveChanges as the change it records, so neither exists without the other; appends pass one at a time
/// through a gate, so each links to the entry saved just before it. New entries are keyed with the current audit
/// key (docs/decisions/0021-key-ring-and-audit-keys.md).
/// </summary>
public sealed class AuditTrail(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock, AuditKeyRing keys)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>Adds <paramref name="record"/> to <paramref name="db"/>'s pending changes and saves them all.</summary>
    public Task SaveWithAsync(PortalDbContext db, AuditRecord record) => SaveWithAsync(db, () => Task.FromResult<AuditRecord?>(record));

    /// <summary>
    /// Runs <paramref name="stage"/> inside the gate, then saves what it staged with the record it returns: a change
    /// that reads what it replaces (a setting's old value) cannot interleave with another audited change. A null
    /// record means nothing changed, and nothing is saved.
    /// </summary>
    public async Task SaveWithAsync(PortalDbContext db, Func<Task<AuditRecord?>> stage)
    {
        await gate.WaitAsync();
        try
        {
            if (await stage() is not { } record)
            {
                return;
            }

            var previous = await db.AuditEntries.OrderByDescending(e => e.Id).Select(e => e.Hash).FirstOrDefaultAsync() ?? AuditEntry.Genesis;
            db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow().UtcDateTime, record.ActorUserId, record.Action, record.SubjectType, record.SubjectId,
                record.Details is null ? "{}" : JsonSerializer.Serialize(record.Details, Json), previous, keys.Current));
            await db.SaveChangesOrConflictAsync();
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Records an event that changes no other data (a sign-in, a refusal, a staff view of a document).</summary>
    public async Task AppendAsync(AuditRecord record)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await SaveWithAsync(db, record);
    }

    /// <summary>
    /// Walks the whole chain in order with every configured key, names the first entry that does not fit, and says
    /// which key verified which range of entries.
    /// </summary>
    public async Task<ChainVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var verifier = new ChainVerifier(keys.All);
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (verifier.Check(entry) is { } broken)
            {
                return verifier.Result(entry.Id, broken);
            }
        }

        return verifier.Result();
    }
}
