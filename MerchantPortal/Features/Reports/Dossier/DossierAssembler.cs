using MerchantPortal.Data;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Features.Review;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Reports.Dossier;

/// <summary>
/// Reads what a dossier shows for one approved application: the data of the approved round, its documents up
/// to the versions submitted, every decision, the enrollments with their go-live runs and agreement, and the
/// most recent audit entries about the application, its enrollments and its documents.
/// </summary>
public static class DossierAssembler
{
    public const int MaxAuditLines = 300;

    public static async Task<DossierContent> AssembleAsync(PortalDbContext db, OnboardingApplication application, string organizationName,
        Guid dossierId, DateTime issuedAtUtc, string issuedByUserId)
    {
        var snapshot = await db.SubmissionSnapshots.AsNoTracking().Where(s => s.ApplicationId == application.Id).OrderByDescending(s => s.Round).FirstAsync();
        var submitted = SubmissionSnapshots.Read(snapshot);
        var uploads = (await db.Documents.AsNoTracking().Where(d => d.ApplicationId == application.Id).ToListAsync())
            .Where(d => d.Version <= submitted.DocumentVersions.GetValueOrDefault(d.Kind)).OrderBy(d => d.Kind).ThenBy(d => d.Version).ToList();
        var verdicts = await db.DocumentDecisions.AsNoTracking().Where(d => d.ApplicationId == application.Id).ToListAsync();
        var enrollments = await db.Enrollments.AsNoTracking().Include(e => e.History).Where(e => e.ApplicationId == application.Id).ToListAsync();
        var enrollmentIds = enrollments.Select(e => e.Id).ToList();
        var runs = await db.GoLiveRuns.AsNoTracking().Include(r => r.Checks).Where(r => enrollmentIds.Contains(r.EnrollmentId)).ToListAsync();
        var agreements = await db.AgreementAcceptances.AsNoTracking().Where(a => enrollmentIds.Contains(a.EnrollmentId)).ToListAsync();
        var audit = await AuditAsync(db, application.Id, enrollmentIds, uploads.Select(u => u.Id));

        var people = application.History.Select(h => h.ActorUserId).Concat(verdicts.Select(v => v.ReviewerUserId))
            .Concat(enrollments.SelectMany(e => e.History.Select(h => h.ActorUserId))).Concat(runs.Select(r => r.StartedByUserId))
            .Concat(agreements.Select(a => a.AcceptedByUserId)).Concat(audit.Select(a => a.ActorUserId)).Append(issuedByUserId)
            .OfType<string>().Distinct().ToList();
        var names = await db.Users.Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        string Name(string? userId) => userId is null ? "" : names.GetValueOrDefault(userId, "");

        var documents = uploads.Select(u => new DossierContent.Document(u.Kind, u.Version, u.OriginalName, u.Size, u.Sha256, u.UploadedAtUtc, u.Status,
            [.. verdicts.Where(v => v.DocumentId == u.Id).OrderBy(v => v.DecidedAtUtc).ThenBy(v => v.Id)
                .Select(v => new DossierContent.Verdict(v.Round, v.Approved, v.ReasonCode, v.ApplicantMessage, Name(v.ReviewerUserId), v.DecidedAtUtc))])).ToList();
        var decisions = application.History.OrderBy(h => h.AtUtc).ThenBy(h => h.Id)
            .Select(h => new DossierContent.ApplicationMove(h.From, h.To, h.Trigger, Name(h.ActorUserId), h.AtUtc, h.Reason)).ToList();
        var platforms = enrollments.OrderBy(e => e.PlatformCode, StringComparer.Ordinal).Select(e => new DossierContent.Enrollment(e.PlatformCode, e.State,
            [.. e.History.OrderBy(h => h.AtUtc).ThenBy(h => h.Id).Select(h => new DossierContent.EnrollmentMove(h.From, h.To, h.Trigger, Name(h.ActorUserId), h.AtUtc, h.Reason))],
            [.. runs.Where(r => r.EnrollmentId == e.Id).OrderBy(r => r.StartedAtUtc).ThenBy(r => r.Id).Select(r => Run(r, Name))],
            agreements.Where(a => a.EnrollmentId == e.Id).OrderByDescending(a => a.AcceptedAtUtc).Select(a =>
                new DossierContent.Agreement(a.AgreementVersion, a.FeeRateZh, a.FeeRateEn, Name(a.AcceptedByUserId), a.AcceptedAtUtc)).FirstOrDefault())).ToList();
        var auditLines = audit.Take(MaxAuditLines).OrderBy(a => a.Id)
            .Select(a => new DossierContent.AuditLine(a.Id, a.AtUtc, Name(a.ActorUserId), a.Action, a.SubjectType, a.Hash)).ToList();

        return new DossierContent(dossierId, issuedAtUtc, Name(issuedByUserId), application.Id, application.OrganizationId, organizationName,
            application.State, snapshot.Round, snapshot.SubmittedAtUtc, submitted.Platforms.PlatformCodes, submitted.Platforms.Scenes,
            submitted.Enterprise, submitted.Identity, documents, decisions, platforms, auditLines, audit.Count > MaxAuditLines);
    }

    private static DossierContent.Run Run(Domain.GoLiveRuns.GoLiveRun run, Func<string?, string> name) =>
        new(run.Id, run.Mode, name(run.StartedByUserId), run.StartedAtUtc, run.FinishedAtUtc, run.Green,
            [.. run.Checks.OrderBy(c => c.Position).Select(c => new DossierContent.Check(c.Kind, c.Status, c.Finding?.Code, c.Finding?.Args ?? []))]);

    /// <summary>The newest entries first, one more than shown, so the dossier can say the excerpt was cut.</summary>
    private static Task<List<Domain.Audit.AuditEntry>> AuditAsync(PortalDbContext db, Guid applicationId, IEnumerable<Guid> enrollmentIds, IEnumerable<Guid> documentIds)
    {
        var application = applicationId.ToString();
        var enrollments = enrollmentIds.Select(id => id.ToString()).ToList();
        var documents = documentIds.Select(id => id.ToString()).ToList();
        return db.AuditEntries.AsNoTracking()
            .Where(e => (e.SubjectType == "Application" && e.SubjectId == application)
                || (e.SubjectType == "Enrollment" && enrollments.Contains(e.SubjectId))
                || (e.SubjectType == "Document" && documents.Contains(e.SubjectId)))
            .OrderByDescending(e => e.Id).Take(MaxAuditLines + 1).ToListAsync();
    }
}
