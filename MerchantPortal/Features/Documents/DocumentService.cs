using System.Globalization;
using MerchantPortal.Data;
using MerchantPortal.Domain.Documents;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Requirements;
using MerchantPortal.Domain;
using MerchantPortal.Features.Onboarding.Wizard;
using MerchantPortal.Features.Requirements;
using MerchantPortal.Features.Review;
using MerchantPortal.Infrastructure.Audit;
using MerchantPortal.Infrastructure.Documents;
using MerchantPortal.Infrastructure.Documents.Isolation;
using MerchantPortal.Infrastructure.Settings;
using MerchantPortal.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Documents;

/// <summary>
/// Uploads and reads the documents of an application. Only members of its organization upload, and only
/// what is due; members, reviewers and admins read; everyone else is told the document does not exist.
/// </summary>
public sealed class DocumentService(
    IDbContextFactory<PortalDbContext> dbFactory,
    DocumentStore store,
    RequirementsService requirements,
    WizardStepWriter writer,
    SettingsStore settings,
    AuditTrail audit,
    InspectionWorkerClient inspection,
    TimeProvider clock)
{
    private const int MaxVersionAttempts = 5;

    /// <summary>An upload handed over as bytes (the demo's stand-in documents, tests): written to disk, then as any upload.</summary>
    public async Task<UploadOutcome> UploadAsync(string userId, Guid applicationId, DocumentKind kind, string originalName, byte[] content)
    {
        using var received = store.CreateTemporary();
        await File.WriteAllBytesAsync(received.Path, content);
        return await UploadFileAsync(userId, applicationId, kind, originalName, received.Path);
    }

    /// <summary>
    /// Checks the file at <paramref name="received"/> in the isolated worker and keeps it as the next version. The
    /// caller owns <paramref name="received"/>: a PDF is moved away from it, anything else is left to remove.
    /// </summary>
    public async Task<UploadOutcome> UploadFileAsync(string userId, Guid applicationId, DocumentKind kind, string originalName, string received,
        CancellationToken cancellationToken = default)
    {
        var organizationId = await UploadableAsync(userId, applicationId, kind);
        var name = UploadFileName.Clean(originalName);
        if (!UploadFileName.IsAcceptable(name))
        {
            return new UploadOutcome(UploadProblem.BadFileName);
        }

        using var reencoded = store.CreateTemporary();
        var verdict = await inspection.CheckAsync(organizationId, received, reencoded.Path, cancellationToken);
        if (verdict.Problem != UploadProblem.None)
        {
            return new UploadOutcome(verdict.Problem);
        }

        // A PDF is kept exactly as uploaded; an image as the worker re-encoded it.
        var (storedName, sha256, size) = await store.KeepAsync(verdict.Format == DocumentFormat.Pdf ? received : reencoded.Path, cancellationToken);
        try
        {
            return new UploadOutcome(UploadProblem.None, await AddVersionAsync(userId, applicationId, kind,
                UploadFileName.WithExtension(name, verdict.Extension), verdict.ContentType, size, sha256, storedName));
        }
        catch
        {
            // The row is the record of the file: without it, the file goes too.
            store.Delete(storedName);
            throw;
        }
    }

    /// <summary>
    /// The organization, when the user may upload <paramref name="kind"/> now: the same locks as the wizard, which
    /// opens the documents step only once the enterprise step is done, and only for a document that is due.
    /// </summary>
    private async Task<Guid> UploadableAsync(string userId, Guid applicationId, DocumentKind kind)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var application = await writer.EditableApplicationAsync(db, userId, applicationId, WizardStep.Documents, kind);
        if (!WizardStepHeader.IsReachable(WizardStep.Documents, application.State))
        {
            throw new DomainException(DomainErrors.ApplicationLocked);
        }

        return (await requirements.DueAsync(applicationId)).Contains(kind)
            ? application.OrganizationId
            : throw new DomainException(DomainErrors.DocumentNotDue);
    }

    /// <summary>
    /// Saves the row under the next version number. Two uploads of the same document at once both read the same
    /// highest version; the one that loses the unique index takes the next number, and after a few lost rounds the
    /// upload ends as a conflict, never as an error.
    /// </summary>
    private async Task<Guid> AddVersionAsync(string userId, Guid applicationId, DocumentKind kind, string name, string contentType, long size,
        string sha256, string storedName)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            // Again at the moment of saving: the application may have been submitted while the file was being checked.
            await writer.EditableApplicationAsync(db, userId, applicationId, WizardStep.Documents, kind);
            var version = (await db.Documents.Where(d => d.ApplicationId == applicationId && d.Kind == kind).MaxAsync(d => (int?)d.Version) ?? 0) + 1;
            var document = new ApplicationDocument(applicationId, kind, version, name, contentType, size, sha256, storedName, userId,
                clock.GetUtcNow().UtcDateTime);
            db.Documents.Add(document);
            try
            {
                await db.SaveChangesAsync();
                return document.Id;
            }
            catch (DbUpdateException) when (attempt < MaxVersionAttempts)
            {
                if (!await VersionTakenAsync(applicationId, kind, version))
                {
                    throw;
                }
            }
            catch (DbUpdateException)
            {
                // Lost every round: a clear conflict the uploader can retry, not an error page.
                throw new DomainException(DomainErrors.ConcurrentChange);
            }
        }
    }

    private async Task<bool> VersionTakenAsync(Guid applicationId, DocumentKind kind, int version)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Documents.AnyAsync(d => d.ApplicationId == applicationId && d.Kind == kind && d.Version == version);
    }

    /// <summary>The due documents and their versions; members may look at them in any state, not only while editing.</summary>
    public async Task<IReadOnlyList<DocumentRequirementView>> ListAsync(string userId, Guid applicationId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var application = await db.Applications.Where(a => a.Id == applicationId).Select(a => new { a.OrganizationId, a.State }).SingleOrDefaultAsync();
        if (application is null || !await WizardStepWriter.IsMemberAsync(db, userId, application.OrganizationId))
        {
            throw new DomainException(DomainErrors.ApplicationNotFound);
        }

        // While the review is under way the applicant sees "submitted": decisions reach them with the reviewer's request or verdict.
        var underReview = ApplicationWorkflow.AwaitingStaff.Contains(application.State);

        var due = await requirements.DueAsync(applicationId);
        var uploads = await db.Documents.AsNoTracking().Where(d => d.ApplicationId == applicationId).ToListAsync();
        // Only what the applicant may read is selected: the internal note never leaves the database here.
        var rejections = await db.DocumentDecisions.AsNoTracking().Where(d => d.ApplicationId == applicationId && !d.Approved)
            .OrderBy(d => d.DecidedAtUtc).Select(d => new { d.DocumentId, d.ReasonCode, d.ApplicantMessage }).ToListAsync();
        var reasons = ReviewSettings.ReasonTexts(await settings.GetAsync(ReviewSettings.RejectionReasons));
        return [.. due.Select(kind =>
        {
            var versions = uploads.Where(d => d.Kind == kind).OrderByDescending(d => d.Version)
                .Select(d => new DocumentRequirementView.Version(d.Id, d.Version, d.OriginalName, d.ContentType, d.Size, d.UploadedAtUtc,
                    underReview ? DocumentStatus.Uploaded : d.Status,
                    underReview || d.Status != DocumentStatus.Rejected ? null : rejections.LastOrDefault(r => r.DocumentId == d.Id) is { } r
                        ? new DocumentRequirementView.RejectionNotice(reasons.GetValueOrDefault(r.ReasonCode!, r.ReasonCode!), r.ApplicantMessage)
                        : null))
                .ToList();
            return new DocumentRequirementView(kind, versions.FirstOrDefault()?.Status ?? DocumentStatus.Missing, versions);
        })];
    }

    /// <summary>Completes the documents step once every due document has an upload.</summary>
    public async Task CompleteStepAsync(string userId, Guid applicationId)
    {
        if ((await ListAsync(userId, applicationId)).Any(r => r.Status == DocumentStatus.Missing))
        {
            throw new DomainException(DomainErrors.DocumentsMissing);
        }

        await writer.CompleteAsync(userId, applicationId, WizardStep.Documents, ApplicationTrigger.CompleteDocuments, (_, _) => { },
            profile => profile.Identity is null ? null : ApplicationTrigger.CompleteIdentity);
    }

    /// <summary>The file for someone allowed to see it, or null: a stranger cannot tell a document exists.</summary>
    public async Task<(Stream Content, string ContentType, string FileName)?> OpenAsync(string userId, Guid documentId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var found = await db.Documents.AsNoTracking().Where(d => d.Id == documentId)
            .Join(db.Applications, d => d.ApplicationId, a => a.Id, (d, a) => new { Document = d, a.OrganizationId })
            .SingleOrDefaultAsync();
        if (found is null)
        {
            return null;
        }

        if (!await WizardStepWriter.IsMemberAsync(db, userId, found.OrganizationId))
        {
            if (!await StaffGuard.IsStaffAsync(db, userId))
            {
                return null;
            }

            // Staff reading an organization's document is on the record.
            await audit.AppendAsync(new AuditRecord(userId, "document.view", "Document", documentId.ToString(), new { kind = found.Document.Kind.ToString(), version = found.Document.Version }));
        }

        return (store.OpenRead(found.Document.StoredName), found.Document.ContentType, found.Document.OriginalName);
    }

}
