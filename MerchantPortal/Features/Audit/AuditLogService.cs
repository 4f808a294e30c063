using System.Globalization;
using MerchantPortal.Data;
using MerchantPortal.Domain.Audit;
using MerchantPortal.Features.Review;
using MerchantPortal.Infrastructure.Audit;
using MerchantPortal.Infrastructure.Csv;
using MerchantPortal.Infrastructure.Localization;
using MerchantPortal.Resources;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Audit;

/// <summary>The audit trail for reviewers and admins: filtered pages, chain verification, and a streamed CSV export.</summary>
public sealed class AuditLogService(IDbContextFactory<PortalDbContext> dbFactory, AuditTrail trail)
{
    public async Task<AuditLogResult> QueryAsync(string userId, AuditLogQuery query)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await StaffGuard.EnsureStaffAsync(db, userId);
        var filtered = await FilterAsync(db, query, userId);
        var size = Math.Clamp(query.PageSize, 1, AuditLogQuery.MaxPageSize);
        var total = await filtered.CountAsync();
        var entries = await filtered.OrderByDescending(e => e.Id).Skip(Math.Max(query.Page, 0) * size).Take(size).ToListAsync();
        var names = await NamesAsync(db, entries);
        return new AuditLogResult([.. entries.Select(e => Row(e, names))], total);
    }

    /// <summary>The actions recorded so far, for the filter's list.</summary>
    public async Task<IReadOnlyList<string>> ActionsAsync(string userId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await StaffGuard.EnsureStaffAsync(db, userId);
        return await db.AuditEntries.Select(e => e.Action).Distinct().OrderBy(a => a).ToListAsync();
    }

    public async Task<ChainVerification> VerifyAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            await StaffGuard.EnsureStaffAsync(db, userId);
        }

        var result = await trail.VerifyAsync(cancellationToken);
        await trail.AppendAsync(new AuditRecord(userId, "audit.verify", "AuditTrail", "chain",
            new
            {
                checkedEntries = result.EntriesChecked, firstBroken = result.FirstBrokenEntryId, reason = result.Break?.ToString(),
                ranges = result.Ranges.Select(r => new { key = r.KeyId, from = r.FirstEntryId, to = r.LastEntryId }),
            }));
        return result;
    }

    public async Task<int> CountAsync(string userId, AuditLogQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await StaffGuard.EnsureStaffAsync(db, userId);
        return await (await FilterAsync(db, query, userId)).CountAsync(cancellationToken);
    }

    /// <summary>Writes the matching entries, oldest first, row by row: the export never holds the log in memory.</summary>
    public async Task WriteCsvAsync(string userId, AuditLogQuery query, Stream output, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await StaffGuard.EnsureStaffAsync(db, userId);
        var filtered = await FilterAsync(db, query, userId);
        var names = new Dictionary<string, string>();
        await using var csv = CsvFiles.Create(output);
        await csv.WriteRecordAsync([AuditText.ColumnId, AuditText.ColumnTime, AuditText.ColumnActor, AuditText.ColumnAction, AuditText.ColumnSubjectType,
            AuditText.ColumnSubject, AuditText.ColumnDetails, AuditText.ColumnHash, AuditText.ColumnPreviousHash], cancellationToken);
        await foreach (var entry in filtered.AsNoTracking().OrderBy(e => e.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (entry.ActorUserId is { } actor && !names.ContainsKey(actor))
            {
                names[actor] = await db.Users.Where(u => u.Id == actor).Select(u => u.Email ?? u.DisplayName).SingleOrDefaultAsync(cancellationToken) ?? actor;
            }

            await csv.WriteRecordAsync(
            [
                entry.Id.ToString(CultureInfo.InvariantCulture),
                ChinaTime.Stamp(entry.AtUtc),
                entry.ActorUserId is null ? "" : names[entry.ActorUserId],
                entry.Action, entry.SubjectType, entry.SubjectId, entry.Details, entry.Hash, entry.PreviousHash,
            ], cancellationToken);
        }
    }

    private static async Task<IQueryable<AuditEntry>> FilterAsync(PortalDbContext db, AuditLogQuery query, string userId)
    {
        var entries = db.AuditEntries.AsNoTracking();
        // Staff who belong to an organization (rare) never read its case's trail, as they never see the case.
        var hidden = await OwnOrganizationsSubjectsAsync(db, userId);
        if (hidden.Count > 0)
        {
            entries = entries.Where(e => !hidden.Contains(e.SubjectId));
        }

        if (query.From is { } from)
        {
            var fromUtc = ChinaTime.StartOfDayUtc(from);
            entries = entries.Where(e => e.AtUtc >= fromUtc);
        }

        if (query.To is { } to)
        {
            var toUtc = ChinaTime.StartOfDayUtc(to.AddDays(1));
            entries = entries.Where(e => e.AtUtc < toUtc);
        }

        if (query.Action?.Trim() is { Length: > 0 } action)
        {
            entries = action.EndsWith('.') ? entries.Where(e => e.Action.StartsWith(action)) : entries.Where(e => e.Action == action);
        }

        if (query.ActorEmail?.Trim() is { Length: > 0 } email)
        {
            var normalized = email.ToUpperInvariant();
            var actor = await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).SingleOrDefaultAsync();
            // Nobody with that address: nothing matches (not the entries without an actor).
            entries = actor is null ? entries.Where(e => false) : entries.Where(e => e.ActorUserId == actor);
        }

        if (query.SubjectId?.Trim() is { Length: > 0 } subject)
        {
            entries = entries.Where(e => e.SubjectId == subject);
        }

        return entries;
    }

    /// <summary>The ids of the applications, documents and message attachments of the organizations <paramref name="userId"/> belongs to.</summary>
    private static async Task<List<string>> OwnOrganizationsSubjectsAsync(PortalDbContext db, string userId)
    {
        var organizations = db.OrganizationMembers.Where(m => m.UserId == userId).Select(m => m.OrganizationId);
        var applications = await db.Applications.Where(a => organizations.Contains(a.OrganizationId)).Select(a => a.Id).ToListAsync();
        if (applications.Count == 0)
        {
            return [];
        }

        var documents = await db.Documents.Where(d => applications.Contains(d.ApplicationId)).Select(d => d.Id).ToListAsync();
        var attachments = await db.MessageAttachments.Join(db.CaseMessages.Where(m => applications.Contains(m.ApplicationId)), a => a.MessageId, m => m.Id, (a, m) => a.Id).ToListAsync();
        return [.. applications.Concat(documents).Concat(attachments).Select(id => id.ToString())];
    }

    private static async Task<Dictionary<string, (string Name, string? Email)>> NamesAsync(PortalDbContext db, IEnumerable<AuditEntry> entries)
    {
        var ids = entries.Select(e => e.ActorUserId).OfType<string>().Distinct().ToList();
        return await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => (u.DisplayName, u.Email));
    }

    private static AuditLogRow Row(AuditEntry e, Dictionary<string, (string Name, string? Email)> names)
    {
        var (name, email) = e.ActorUserId is null ? ("", null) : names.GetValueOrDefault(e.ActorUserId, (e.ActorUserId, null));
        return new(e.Id, e.AtUtc, e.ActorUserId, name, email, e.Action, e.SubjectType, e.SubjectId, e.Details, e.Hash);
    }
}
