using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Documents;
using MerchantPortal.Domain.Enrollments;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Requirements;
using MerchantPortal.Domain.Review;
using MerchantPortal.Domain.Workflow;
using MerchantPortal.Features.Banking;
using MerchantPortal.Features.Documents;
using MerchantPortal.Features.Notifications;
using MerchantPortal.Features.Requirements;
using MerchantPortal.Features.Review;
using MerchantPortal.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Onboarding.Wizard;

/// <summary>
/// Step 5: submits (or resubmits) once, whatever arrives twice: a double click, two tabs or a replayed
/// request. The guards' facts are gathered here on the server; the set of documents is frozen in the same save.
/// </summary>
public sealed class SubmissionService(
    IDbContextFactory<PortalDbContext> dbFactory,
    DocumentService documents,
    MicroDepositService deposits,
    RequirementsService requirements,
    ReviewSlaClock sla,
    RiskAssessor risks,
    ReviewQueueNotifier queue,
    ApplicationNotifications notifications,
    AuditTrail audit,
    TimeProvider clock)
{
    /// <returns>False when the application had already been submitted (nothing more happened).</returns>
    public async Task<bool> SubmitAsync(string userId, Guid applicationId, bool declarationAccepted)
    {
        if (!declarationAccepted)
        {
            throw new DomainException(DomainErrors.DeclarationRequired);
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == applicationId)
            ?? throw new DomainException(DomainErrors.ApplicationNotFound);
        if (!await WizardStepWriter.IsMemberAsync(db, userId, application.OrganizationId))
        {
            throw new DomainException(DomainErrors.ApplicationNotFound);
        }

        if (application.State is not (ApplicationState.ReadyToSubmit or ApplicationState.ChangesRequested))
        {
            return application.State >= ApplicationState.Submitted ? false : throw new DomainException(DomainErrors.IllegalTransition, ApplicationTrigger.Submit, application.State);
        }

        var profile = await db.ApplicationProfiles.SingleAsync(p => p.ApplicationId == applicationId);
        var missing = (await documents.ListAsync(userId, applicationId)).Any(r => r.Status is DocumentStatus.Missing or DocumentStatus.Rejected);
        var complete = profile.Platforms is not null && profile.Enterprise is not null && profile.Identity is not null && !missing;
        var findings = complete ? await risks.EvaluateAsync(db, application, profile) : [];
        var facts = new ApplicationFacts(complete, (await deposits.StatusAsync(userId, applicationId)).IsVerified, RiskChecks.LevelOf(findings));
        var due = await requirements.EvaluateAsync(applicationId);
        profile.SnapshotRequirements(due.Version ?? 0, due.Documents);
        var now = clock.GetUtcNow().UtcDateTime;
        var movesBefore = application.History.Count;
        application.Submit(new Actor(userId, Party.Applicant), now, facts, ReviewListing.From(profile.Enterprise!, profile.Platforms!), await sla.DueFromAsync());
        var uploads = await db.Documents.AsNoTracking().Where(d => d.ApplicationId == applicationId).ToListAsync();
        db.SubmissionSnapshots.Add(SubmissionSnapshots.Take(application, profile, uploads, now));
        db.RiskAssessments.Add(new RiskAssessment(applicationId, application.ReviewRound, RiskOccasion.Submission, findings, now));
        await OpenEnrollmentsAsync(db, application, profile.Platforms!, userId, now);
        try
        {
            await audit.SaveWithAsync(db, new AuditRecord(userId, application.ReviewRound == 1 ? "application.submit" : "application.resubmit",
                "Application", applicationId.ToString(), new { round = application.ReviewRound, due = application.SlaDueAtUtc, risk = application.Risk.ToString(), checks = findings.Select(f => f.Check.ToString()) }));
            queue.Publish(applicationId);
            await notifications.AfterChangeAsync(application, [.. application.History.Skip(movesBefore)], userId, application.AssigneeUserId, null);
            return true;
        }
        catch (DomainException e) when (e.Code == DomainErrors.ConcurrentChange)
        {
            // The other request of a double submit won: one effect, and this one reports "already submitted".
            if (await IsSubmittedAsync(applicationId))
            {
                return false;
            }

            throw;
        }
    }

    /// <summary>Each chosen platform gets its sandbox enrollment at the first submission; a resubmission adds only newly chosen ones.</summary>
    private static async Task OpenEnrollmentsAsync(PortalDbContext db, OnboardingApplication application, PlatformChoice platforms, string userId, DateTime now)
    {
        var open = await db.Enrollments.Where(e => e.ApplicationId == application.Id).Select(e => e.PlatformCode).ToListAsync();
        db.Enrollments.AddRange(platforms.PlatformCodes.Except(open).Select(code => PlatformEnrollment.Open(application.Id, code, userId, now)));
    }

    private async Task<bool> IsSubmittedAsync(Guid applicationId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Applications.AnyAsync(a => a.Id == applicationId && a.State == ApplicationState.Submitted);
    }
}
