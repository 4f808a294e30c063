using System.Text.Json;
using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Review;
using MerchantPortal.Features.Onboarding;
using MerchantPortal.Infrastructure.Settings;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Review;

/// <summary>Reads a submitted case for staff, internal notes included. Nothing here is ever served to an applicant.</summary>
public sealed class ReviewCaseService(IDbContextFactory<PortalDbContext> dbFactory, IDataProtectionProvider protection, SettingsStore settings, ReviewSlaClock sla)
{
    // The same purpose as the wizard's step 4, which encrypted what the snapshots keep.
    private readonly IDataProtector identity = protection.CreateProtector("MerchantPortal.SensitiveData.v1");

    public async Task<ReviewCase?> GetAsync(string userId, Guid applicationId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await StaffGuard.EnsureStaffAsync(db, userId);
        var application = await db.Applications.AsNoTracking().Include(a => a.History).SingleOrDefaultAsync(a => a.Id == applicationId && a.Listing != null);
        // A staff member who belongs to the organization never sees its case (nor its internal notes).
        if (application is null || await Onboarding.Wizard.WizardStepWriter.IsMemberAsync(db, userId, application.OrganizationId))
        {
            return null;
        }

        var organization = await db.Organizations.Where(o => o.Id == application.OrganizationId).Select(o => o.Name).SingleAsync();
        var frozen = await db.ApplicationProfiles.Where(p => p.ApplicationId == applicationId).Select(p => new { p.SubmittedRequirements, p.RequirementsVersion }).SingleAsync();
        var due = frozen.SubmittedRequirements ?? [];
        var rules = await db.RequirementVersions.Where(v => v.Version == frozen.RequirementsVersion)
            .Select(v => new ReviewCase.RulesVersion(v.Version, v.PublishedAtUtc)).SingleOrDefaultAsync();
        var uploads = await db.Documents.AsNoTracking().Where(d => d.ApplicationId == applicationId).ToListAsync();
        var decisions = await db.DocumentDecisions.AsNoTracking().Where(d => d.ApplicationId == applicationId).ToListAsync();
        var requests = await db.ChangeRequests.AsNoTracking().Where(c => c.ApplicationId == applicationId).OrderByDescending(c => c.Round).ToListAsync();
        var snapshots = await db.SubmissionSnapshots.AsNoTracking().Where(s => s.ApplicationId == applicationId).OrderByDescending(s => s.Round).Take(2).ToListAsync();
        // As submitted: what the applicant edits while changes are requested stays out of sight until resubmitted.
        var submitted = SubmissionSnapshots.Read(snapshots[0]);
        var people = application.History.Select(h => h.ActorUserId).Concat(decisions.Select(d => d.ReviewerUserId)).Concat(requests.Select(r => r.RequestedByUserId))
            .Append(application.AssigneeUserId).Append(application.ApprovedByUserId).OfType<string>().Distinct().ToList();
        var names = await db.Users.Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        var reasons = ReviewSettings.ReasonTexts(await settings.GetAsync(ReviewSettings.RejectionReasons));

        var documents = due.Select(kind => new ReviewCase.Document(kind, [.. uploads
            .Where(u => u.Kind == kind && u.Version <= submitted.DocumentVersions.GetValueOrDefault(kind)).OrderByDescending(u => u.Version)
            .Select(u => new ReviewCase.Version(u.Id, u.Version, u.OriginalName, u.ContentType, u.Size, u.Sha256, u.UploadedAtUtc, u.Status,
                [.. decisions.Where(d => d.DocumentId == u.Id).OrderByDescending(d => d.DecidedAtUtc).Select(d => new ReviewCase.Decision(d.Approved,
                    d.ReasonCode is null ? null : reasons.GetValueOrDefault(d.ReasonCode, d.ReasonCode), d.ApplicantMessage, d.InternalNote,
                    names.GetValueOrDefault(d.ReviewerUserId, ""), d.DecidedAtUtc))]))])).ToList();
        var history = application.History.OrderByDescending(h => h.AtUtc).ThenByDescending(h => h.Id)
            .Select(h => new ApplicationOverview.HistoryEntry(h.From, h.To, h.Trigger, names.GetValueOrDefault(h.ActorUserId, ""), h.AtUtc, h.Reason)).ToList();
        var changes = snapshots.Count == 2
            ? SubmissionDiff.Between(snapshots[1].Round, SubmissionSnapshots.Read(snapshots[1]), SubmissionSnapshots.Read(snapshots[0]),
                blob => JsonSerializer.Deserialize<IdentityDetails>(identity.Unprotect(blob))!)
            : null;
        var risk = await db.RiskAssessments.AsNoTracking().Where(r => r.ApplicationId == applicationId).OrderByDescending(r => r.Id).FirstOrDefaultAsync();
        var approval = application.ApprovedByUserId is { } maker
            ? new ReviewCase.Approval(maker, names.GetValueOrDefault(maker, ""), application.History.Where(h => h.Trigger == ApplicationTrigger.Approve).Max(h => h.AtUtc))
            : null;
        return new ReviewCase(application.Id, organization, application.State, application.ReviewRound, application.SubmittedAtUtc!.Value, application.SlaDueAtUtc!.Value,
            (await sla.MeterAsync())(application.SlaDueAtUtc!.Value),
            application.AssigneeUserId, application.AssigneeUserId is null ? null : names.GetValueOrDefault(application.AssigneeUserId),
            await StaffGuard.IsAdminAsync(db, userId), submitted.Platforms.PlatformCodes, submitted.Enterprise, submitted.Identity, documents,
            [.. requests.Select(r => new ReviewCase.Request(r.Round, r.Fields, r.Documents, r.Message, names.GetValueOrDefault(r.RequestedByUserId, ""), r.RequestedAtUtc))],
            changes, history, risk is null ? null : new ReviewCase.Risk(risk.Level, risk.Occasion, risk.AssessedAtUtc, risk.Findings), approval, rules, application.Version);
    }
}
