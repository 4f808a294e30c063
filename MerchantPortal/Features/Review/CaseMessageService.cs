using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Review;
using MerchantPortal.Features.Documents;
using MerchantPortal.Features.Notifications;
using MerchantPortal.Features.Onboarding.Wizard;
using MerchantPortal.Infrastructure.Audit;
using MerchantPortal.Infrastructure.Documents;
using MerchantPortal.Infrastructure.Storage;
using MerchantPortal.Resources;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Review;

/// <summary>
/// The thread between an application's organization and the reviewers. Members and staff read and write;
/// attachments pass the same checks as documents. Anyone else is told the application does not exist.
/// </summary>
public sealed class CaseMessageService(
    IDbContextFactory<PortalDbContext> dbFactory, DocumentStore store, ReviewQueueNotifier notifier, ApplicationNotifications notifications, AuditTrail audit,
    TimeProvider clock)
{
    public const int MaxAttachments = 5;

    /// <summary>Enough for a conversation, too few to flood a reviewer's or the store's capacity.</summary>
    public const int MaxMessagesPerTenMinutes = 10;

    public async Task<IReadOnlyList<CaseMessageView>> ListAsync(string userId, Guid applicationId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var isStaff = await ReaderAsync(db, userId, applicationId);
        var messages = await db.CaseMessages.AsNoTracking().Where(m => m.ApplicationId == applicationId).OrderBy(m => m.SentAtUtc).ToListAsync();
        var ids = messages.Select(m => m.Id).ToList();
        var attachments = await db.MessageAttachments.AsNoTracking().Where(a => ids.Contains(a.MessageId)).ToListAsync();
        var authors = messages.Select(m => m.AuthorUserId).Distinct().ToList();
        var names = await db.Users.Where(u => authors.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        return [.. messages.Select(m => new CaseMessageView(m.Id, m.FromStaff,
            m.FromStaff && !isStaff ? ReviewText.ReviewTeam : names.GetValueOrDefault(m.AuthorUserId, ""), m.Body, m.SentAtUtc,
            [.. attachments.Where(a => a.MessageId == m.Id).Select(a => new CaseMessageView.Attachment(a.Id, a.OriginalName, a.Size))]))];
    }

    /// <returns>Null when sent, else the problem with the first attachment refused (nothing is sent then).</returns>
    public async Task<string?> SendAsync(string userId, Guid applicationId, string body, IReadOnlyList<OutgoingAttachment> files)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var isStaff = await ReaderAsync(db, userId, applicationId);
        var now = clock.GetUtcNow().UtcDateTime;
        var message = new CaseMessage(applicationId, userId, isStaff, body ?? "", now);
        if (files.Count > MaxAttachments)
        {
            return string.Format(ReviewText.TooManyAttachments, MaxAttachments);
        }

        // A thread exists from submission on; a withdrawn application has no one to answer.
        var state = await db.Applications.Where(a => a.Id == applicationId).Select(a => a.State).SingleAsync();
        if (state < ApplicationState.Submitted || state == ApplicationState.Withdrawn)
        {
            throw new DomainException(DomainErrors.ApplicationLocked);
        }

        if (await db.CaseMessages.CountAsync(m => m.ApplicationId == applicationId && m.AuthorUserId == userId && m.SentAtUtc > now.AddMinutes(-10)) >= MaxMessagesPerTenMinutes)
        {
            throw new DomainException(DomainErrors.MessageRateLimited);
        }

        var inspected = new List<(string Name, InspectionResult Result)>();
        foreach (var file in files)
        {
            var result = DocumentInspector.Inspect(file.Content);
            if (!UploadFileName.IsAcceptable(file.FileName) || result.Problem != UploadProblem.None)
            {
                return $"{file.FileName}: {UploadProblems.Message(UploadFileName.IsAcceptable(file.FileName) ? result.Problem : UploadProblem.BadFileName)}";
            }

            inspected.Add((file.FileName, result));
        }

        var stored = new List<string>();
        try
        {
            db.CaseMessages.Add(message);
            foreach (var (name, result) in inspected)
            {
                var (storedName, sha256) = await store.SaveAsync(result.Content!);
                stored.Add(storedName);
                db.MessageAttachments.Add(new MessageAttachment(message.Id, UploadFileName.WithExtension(name, result.Extension), result.ContentType, result.Content!.Length, sha256, storedName));
            }

            await db.SaveChangesAsync();
        }
        catch
        {
            stored.ForEach(store.Delete);
            throw;
        }

        notifier.Publish(applicationId);
        await notifications.MessagePostedAsync(applicationId, isStaff);
        return null;
    }

    public async Task<(Stream Content, string ContentType, string FileName)?> OpenAttachmentAsync(string userId, Guid attachmentId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var found = await db.MessageAttachments.AsNoTracking().Where(a => a.Id == attachmentId)
            .Join(db.CaseMessages, a => a.MessageId, m => m.Id, (a, m) => new { Attachment = a, m.ApplicationId }).SingleOrDefaultAsync();
        if (found is null)
        {
            return null;
        }

        bool isStaff;
        try
        {
            isStaff = await ReaderAsync(db, userId, found.ApplicationId);
        }
        catch (DomainException)
        {
            return null;
        }

        if (isStaff)
        {
            // Staff reading what an organization sent is on the record, as for its documents.
            await audit.AppendAsync(new AuditRecord(userId, "attachment.view", "MessageAttachment", attachmentId.ToString(), new { application = found.ApplicationId }));
        }

        return (store.OpenRead(found.Attachment.StoredName), found.Attachment.ContentType, found.Attachment.OriginalName);
    }

    /// <returns>Whether the reader is staff; members of the organization read as applicants.</returns>
    private static async Task<bool> ReaderAsync(PortalDbContext db, string userId, Guid applicationId)
    {
        var organizationId = await db.Applications.Where(a => a.Id == applicationId).Select(a => (Guid?)a.OrganizationId).SingleOrDefaultAsync()
            ?? throw new DomainException(DomainErrors.ApplicationNotFound);
        if (await WizardStepWriter.IsMemberAsync(db, userId, organizationId))
        {
            return false;
        }

        return await StaffGuard.IsStaffAsync(db, userId)
            ? true
            : throw new DomainException(DomainErrors.ApplicationNotFound);
    }
}
