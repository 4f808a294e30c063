using System.Globalization;
using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Review;
using MerchantPortal.Features.Documents;
using MerchantPortal.Features.Notifications;
using MerchantPortal.Features.Onboarding.Wizard;
using MerchantPortal.Infrastructure.Audit;
using MerchantPortal.Infrastructure.Documents;
using MerchantPortal.Infrastructure.Documents.Isolation;
using MerchantPortal.Infrastructure.Settings;
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
    InspectionWorkerClient inspection, SettingsStore settings, TimeProvider clock)
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
        var application = await db.Applications.Where(a => a.Id == applicationId).Select(a => new { a.State, a.OrganizationId }).SingleAsync();
        if (application.State < ApplicationState.Submitted || application.State == ApplicationState.Withdrawn)
        {
            throw new DomainException(DomainErrors.ApplicationLocked);
        }

        if (await db.CaseMessages.CountAsync(m => m.ApplicationId == applicationId && m.AuthorUserId == userId && m.SentAtUtc > now.AddMinutes(-10)) >= MaxMessagesPerTenMinutes)
        {
            throw new DomainException(DomainErrors.MessageRateLimited);
        }

        var temporary = new List<TemporaryFile>();
        var stored = new List<string>();
        try
        {
            var accepted = new List<(string Name, InspectionVerdict Verdict, string Path)>();
            foreach (var file in files)
            {
                var name = UploadFileName.Clean(file.FileName);
                var (verdict, path) = await CheckAsync(application.OrganizationId, name, file.Content, temporary);
                if (verdict.Problem != UploadProblem.None)
                {
                    return $"{name}: {string.Format(CultureInfo.CurrentCulture, UploadProblems.Message(verdict.Problem), await UploadLimitMegabytesAsync())}";
                }

                accepted.Add((name, verdict, path));
            }

            db.CaseMessages.Add(message);
            foreach (var (name, verdict, path) in accepted)
            {
                var (storedName, sha256, size) = await store.KeepAsync(path);
                stored.Add(storedName);
                db.MessageAttachments.Add(new MessageAttachment(message.Id, UploadFileName.WithExtension(name, verdict.Extension), verdict.ContentType, size, sha256, storedName));
            }

            await db.SaveChangesAsync();
        }
        catch
        {
            stored.ForEach(store.Delete);
            throw;
        }
        finally
        {
            temporary.ForEach(t => t.Dispose());
        }

        notifier.Publish(applicationId);
        await notifications.MessagePostedAsync(applicationId, isStaff);
        return null;
    }

    private async Task<long> UploadLimitMegabytesAsync() => await settings.GetAsync(UploadSettings.MaxFileBytes) / UploadSettings.Megabyte;

    /// <summary>
    /// An attachment goes the way of a document: written to disk once, checked in the isolated worker (in the same
    /// queue), kept as received (PDF) or as re-encoded (image).
    /// </summary>
    private async Task<(InspectionVerdict Verdict, string Path)> CheckAsync(Guid organizationId, string name, Stream content, List<TemporaryFile> temporary)
    {
        if (!UploadFileName.IsAcceptable(name))
        {
            return (InspectionVerdict.Refused(UploadProblem.BadFileName), "");
        }

        var received = store.CreateTemporary();
        var reencoded = store.CreateTemporary();
        temporary.AddRange([received, reencoded]);
        var limit = await settings.GetAsync(UploadSettings.MaxFileBytes);
        var written = await DocumentStore.WriteAsync(content, received, limit, CancellationToken.None);
        if (written is null or 0)
        {
            return (InspectionVerdict.Refused(written is null ? UploadProblem.TooLarge : UploadProblem.Empty), "");
        }

        var verdict = await inspection.CheckAsync(organizationId, received.Path, reencoded.Path, CancellationToken.None);
        return (verdict, verdict.Format == DocumentFormat.Pdf ? received.Path : reencoded.Path);
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
