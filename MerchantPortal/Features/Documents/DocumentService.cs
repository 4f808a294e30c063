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
    TimeProvider clock)
{
    public async Task<UploadOutcome> UploadAsync(string userId, Guid applicationId, DocumentKind kind, string originalName, byte[] content)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await writer.EditableApplicationAsync(db, userId, applicationId, WizardStep.Documents, kind);
        if (!(await requirements.DueAsync(applicationId)).Contains(kind))
        {
            throw new DomainException(DomainErrors.DocumentNotDue);
        }

        if (!UploadFileName.IsAcceptable(originalName))
        {
            return new UploadOutcome(UploadProblem.BadFileName);
        }

        var inspected = DocumentInspector.Inspect(content);
        if (inspected.Problem != UploadProblem.None)
        {
            return new UploadOutcome(inspected.Problem);
        }

        var (storedName, sha256) = await store.SaveAsync(inspected.Content!);
        try
        {
            var version = (await db.Documents.Where(d => d.ApplicationId == applicationId && d.Kind == kind).MaxAsync(d => (int?)d.Version) ?? 0) + 1;
            var document = new ApplicationDocument(applicationId, kind, version, UploadFileName.WithExtension(originalName, inspected.Extension),
                inspected.ContentType, inspected.Content!.Length, sha256, storedName, userId, clock.GetUtcNow().UtcDateTime);
            db.Documents.Add(document);
            await db.SaveChangesAsync();
            return new UploadOutcome(UploadProblem.None, document.Id);
        }
        catch
        {
            // The row is the record of the file: without it, the file goes too.
            store.Delete(storedName);
            throw;
        }
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
