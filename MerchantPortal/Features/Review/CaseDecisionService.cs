using MerchantPortal.Domain;
using MerchantPortal.Domain.Documents;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Requirements;
using MerchantPortal.Domain.Review;
using MerchantPortal.Resources;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Review;

/// <summary>The decisions on a whole application, each a move of its state machine with the reviewer's reason.</summary>
public sealed class CaseDecisionService(ReviewCaseWriter writer, RiskAssessor risks)
{
    /// <summary>
    /// Sends the application back with an itemized list. Every document rejected in this round is on it
    /// whether ticked or not: the applicant must replace it before resubmitting.
    /// </summary>
    public Task RequestChangesAsync(string userId, Guid applicationId, IReadOnlyCollection<ReviewField> fields, IReadOnlyCollection<DocumentKind> documents, string message, Guid? seen = null) =>
        writer.ChangeAsync(userId, applicationId, "review.request-changes", async c =>
        {
            c.Application.EnsureMayDecide(userId, c.IsAdmin);
            var rejected = (await LatestDocumentsAsync(c)).Where(d => d.Status == DocumentStatus.Rejected).Select(d => d.Kind);
            var request = new ChangeRequest(applicationId, c.Application.ReviewRound, fields, [.. documents.Union(rejected)], message ?? "", userId, c.NowUtc);
            c.Application.Fire(ApplicationTrigger.RequestChanges, c.Actor, c.NowUtc, ApplicationFacts.None, message);
            c.Db.ChangeRequests.Add(request);
            c.AuditDetails = new { round = request.Round, fields = request.Fields.Select(f => f.ToString()), documents = request.Documents.Select(d => d.ToString()), message };
        }, seen);

    /// <summary>
    /// Only when every document the application was submitted with is approved in its newest version. The risk
    /// checks run again first: a high risk makes this the first of two approvals (four-eyes).
    /// </summary>
    public Task ApproveAsync(string userId, Guid applicationId, Guid? seen = null) =>
        writer.ChangeAsync(userId, applicationId, "review.approve", async c =>
        {
            c.Application.EnsureMayDecide(userId, c.IsAdmin);
            var due = await c.Db.ApplicationProfiles.Where(p => p.ApplicationId == applicationId).Select(p => p.SubmittedRequirements).SingleAsync() ?? [];
            var latest = await LatestDocumentsAsync(c);
            if (due.Any(kind => latest.SingleOrDefault(d => d.Kind == kind)?.Status != DocumentStatus.Approved))
            {
                throw new DomainException(DomainErrors.DocumentsNotApproved);
            }

            var (findings, evidence) = await AssessAsync(c, RiskOccasion.Approval);
            c.Application.Approve(c.Actor, c.NowUtc, RiskChecks.LevelOf(findings), evidence);
            c.AuditDetails = new { risk = c.Application.Risk.ToString(), checks = findings.Select(f => f.Check.ToString()) };
        }, seen);

    /// <summary>
    /// The second person's confirmation of a high-risk approval. The checks run again; if the evidence the
    /// approval rested on changed, the approval is void, the case returns to review, and the checker is told.
    /// </summary>
    public Task ConfirmAsync(string userId, Guid applicationId, Guid? seen = null) =>
        writer.ChangeAsync(userId, applicationId, "review.confirm", async c =>
        {
            c.Application.EnsureMayCheck(userId);
            var (findings, evidence) = await AssessAsync(c, RiskOccasion.Confirmation);
            c.AuditDetails = new { risk = RiskChecks.LevelOf(findings).ToString(), checks = findings.Select(f => f.Check.ToString()) };
            if (!c.Application.Confirm(c.Actor, c.NowUtc, RiskChecks.LevelOf(findings), evidence, ErrorText.ApprovalEvidenceChanged))
            {
                c.AuditAction = "review.approval-void";
                c.RefusalAfterSave = DomainErrors.ApprovalEvidenceChanged;
            }
        }, seen);

    /// <summary>Runs the checks again now (other organizations may have acted since the submission); any staff member may.</summary>
    public Task ReassessAsync(string userId, Guid applicationId) =>
        writer.ChangeAsync(userId, applicationId, "review.reassess", async c =>
        {
            var (findings, _) = await AssessAsync(c, RiskOccasion.OnRequest);
            c.Application.Reassess(RiskChecks.LevelOf(findings), c.NowUtc);
            c.AuditDetails = new { risk = c.Application.Risk.ToString(), checks = findings.Select(f => f.Check.ToString()) };
        });

    public Task SendBackAsync(string userId, Guid applicationId, string reason, Guid? seen = null) =>
        writer.ChangeAsync(userId, applicationId, "review.send-back", c =>
        {
            c.Application.SendBack(c.Actor, c.NowUtc, reason);
            c.AuditDetails = new { reason };
            return Task.CompletedTask;
        }, seen);

    public Task RejectAsync(string userId, Guid applicationId, string reason, Guid? seen = null) =>
        writer.ChangeAsync(userId, applicationId, "review.reject", c =>
        {
            // A pending approval may be rejected by its checker instead; otherwise rejecting is the assignee's decision.
            if (c.Application.State == ApplicationState.PendingConfirmation)
            {
                c.Application.EnsureMayCheck(userId);
            }
            else
            {
                c.Application.EnsureMayDecide(userId, c.IsAdmin);
            }

            c.Application.Fire(ApplicationTrigger.Reject, c.Actor, c.NowUtc, ApplicationFacts.None, reason);
            c.AuditDetails = new { reason };
            return Task.CompletedTask;
        }, seen);

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

    private async Task<(IReadOnlyList<RiskFinding> Findings, string Evidence)> AssessAsync(ReviewContext c, RiskOccasion occasion)
    {
        var profile = await c.Db.ApplicationProfiles.AsNoTracking().SingleAsync(p => p.ApplicationId == c.Application.Id);
        var findings = await risks.EvaluateAsync(c.Db, c.Application, profile);
        var documents = await c.Db.Documents.AsNoTracking().Where(d => d.ApplicationId == c.Application.Id).ToListAsync();
        c.Db.RiskAssessments.Add(new RiskAssessment(c.Application.Id, c.Application.ReviewRound, occasion, findings, c.NowUtc));
        return (findings, ApprovalEvidence.Of(c.Application.ReviewRound, documents, findings));
    }

    private static async Task<List<ApplicationDocument>> LatestDocumentsAsync(ReviewContext c)
    {
        var all = await c.Db.Documents.AsNoTracking().Where(d => d.ApplicationId == c.Application.Id).ToListAsync();
        return [.. all.GroupBy(d => d.Kind).Select(g => g.MaxBy(d => d.Version)!)];
    }
}
