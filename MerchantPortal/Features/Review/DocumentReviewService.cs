using FluentValidation;
using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Review;

/// <summary>Approves or rejects one document version, by the case's assignee (or an admin), while the case is in review.</summary>
public sealed class DocumentReviewService(
    IDbContextFactory<PortalDbContext> dbFactory,
    ReviewCaseWriter writer,
    SettingsStore settings,
    IValidator<DocumentVerdict> validator)
{
    /// <summary>The reasons a reviewer may pick now: retired ones are left out.</summary>
    public async Task<List<Domain.Review.RejectionReason>> ReasonsAsync() =>
        [.. (await settings.GetAsync(ReviewSettings.RejectionReasons)).Where(r => !r.Retired)];

    public async Task DecideAsync(string userId, Guid documentId, DocumentVerdict verdict)
    {
        await validator.ValidateAndThrowAsync(verdict);
        var reasons = await ReasonsAsync();
        var reason = verdict.Approved ? null : reasons.FirstOrDefault(r => r.Code == verdict.ReasonCode) ?? throw new DomainException(DomainErrors.ReasonCodeUnknown);
        if (reason is { RequiresExplanation: true } && string.IsNullOrWhiteSpace(verdict.ApplicantMessage))
        {
            throw new DomainException(DomainErrors.ExplanationRequired);
        }

        Guid applicationId;
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            applicationId = await db.Documents.Where(d => d.Id == documentId).Select(d => (Guid?)d.ApplicationId).SingleOrDefaultAsync()
                ?? throw new DomainException(DomainErrors.ApplicationNotFound);
        }

        await writer.ChangeAsync(userId, applicationId, verdict.Approved ? "review.document-approve" : "review.document-reject", async c =>
        {
            c.Application.EnsureMayDecide(userId, c.IsAdmin);
            var document = await c.Db.Documents.SingleAsync(d => d.Id == documentId);
            var newest = await c.Db.Documents.Where(d => d.ApplicationId == applicationId && d.Kind == document.Kind).MaxAsync(d => d.Version);
            if (document.Version != newest)
            {
                throw new DomainException(DomainErrors.DocumentNotCurrent);
            }

            c.Db.DocumentDecisions.Add(document.Decide(c.Application, verdict.Approved, reason, verdict.ApplicantMessage, verdict.InternalNote, userId, c.NowUtc));
            c.Application.Touch(c.NowUtc);
            // The internal note stays out of the trail's details: the decision row keeps it, for staff only.
            c.AuditDetails = new { document = documentId, kind = document.Kind.ToString(), version = document.Version, reason = reason?.Code };
        }, verdict.SeenVersion);
    }
}
