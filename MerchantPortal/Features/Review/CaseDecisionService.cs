using MerchantPortal.Domain;
using MerchantPortal.Domain.Documents;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Requirements;
using MerchantPortal.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Review;

/// <summary>The decisions on a whole application, each a move of its state machine with the reviewer's reason.</summary>
public sealed class CaseDecisionService(ReviewCaseWriter writer)
{
    /// <summary>
    /// Sends the application back with an itemized list. Every document rejected in this round is on it
    /// whether ticked or not: the applicant must replace it before resubmitting.
    /// </summary>
    public Task RequestChangesAsync(string userId, Guid applicationId, IReadOnlyCollection<ReviewField> fields, IReadOnlyCollection<DocumentKind> documents, string message) =>
        writer.ChangeAsync(userId, applicationId, "review.request-changes", async c =>
        {
            c.Application.EnsureMayDecide(userId, c.IsAdmin);
            var rejected = (await LatestDocumentsAsync(c)).Where(d => d.Status == DocumentStatus.Rejected).Select(d => d.Kind);
            var request = new ChangeRequest(applicationId, c.Application.ReviewRound, fields, [.. documents.Union(rejected)], message ?? "", userId, c.NowUtc);
            c.Application.Fire(ApplicationTrigger.RequestChanges, c.Actor, c.NowUtc, ApplicationFacts.None, message);
            c.Db.ChangeRequests.Add(request);
            c.AuditDetails = new { round = request.Round, fields = request.Fields.Select(f => f.ToString()), documents = request.Documents.Select(d => d.ToString()), message };
        });

    /// <summary>Only when every document the application was submitted with is approved in its newest version.</summary>
    public Task ApproveAsync(string userId, Guid applicationId) =>
        writer.ChangeAsync(userId, applicationId, "review.approve", async c =>
        {
            c.Application.EnsureMayDecide(userId, c.IsAdmin);
            var due = await c.Db.ApplicationProfiles.Where(p => p.ApplicationId == applicationId).Select(p => p.SubmittedRequirements).SingleAsync() ?? [];
            var latest = await LatestDocumentsAsync(c);
            if (due.Any(kind => latest.SingleOrDefault(d => d.Kind == kind)?.Status != DocumentStatus.Approved))
            {
                throw new DomainException(DomainErrors.DocumentsNotApproved);
            }

            // The automated risk checks that set the level arrive with the four-eyes review; until then every case is low risk.
            c.Application.Fire(ApplicationTrigger.Approve, c.Actor, c.NowUtc, new ApplicationFacts(true, true, RiskLevel.Low));
        });

    public Task RejectAsync(string userId, Guid applicationId, string reason) =>
        writer.ChangeAsync(userId, applicationId, "review.reject", c =>
        {
            c.Application.EnsureMayDecide(userId, c.IsAdmin);
            c.Application.Fire(ApplicationTrigger.Reject, c.Actor, c.NowUtc, ApplicationFacts.None, reason);
            c.AuditDetails = new { reason };
            return Task.CompletedTask;
        });

    public Task SuspendAsync(string userId, Guid applicationId, string reason) => AdminMoveAsync(userId, applicationId, ApplicationTrigger.Suspend, reason);

    public Task ReinstateAsync(string userId, Guid applicationId, string reason) => AdminMoveAsync(userId, applicationId, ApplicationTrigger.Reinstate, reason);

    private Task AdminMoveAsync(string userId, Guid applicationId, ApplicationTrigger trigger, string reason) =>
        writer.ChangeAsync(userId, applicationId, $"review.{trigger.ToString().ToLowerInvariant()}", c =>
        {
            if (!c.IsAdmin)
            {
                throw new DomainException(DomainErrors.TriggerNotForParty, trigger);
            }

            c.Application.Fire(trigger, c.Actor, c.NowUtc, ApplicationFacts.None, reason);
            c.AuditDetails = new { reason };
            return Task.CompletedTask;
        });

    private static async Task<List<ApplicationDocument>> LatestDocumentsAsync(ReviewContext c)
    {
        var all = await c.Db.Documents.AsNoTracking().Where(d => d.ApplicationId == c.Application.Id).ToListAsync();
        return [.. all.GroupBy(d => d.Kind).Select(g => g.MaxBy(d => d.Version)!)];
    }
}
