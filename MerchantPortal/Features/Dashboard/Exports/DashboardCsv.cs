using System.Globalization;
using MerchantPortal.Data;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Infrastructure.Audit;
using MerchantPortal.Infrastructure.Csv;
using MerchantPortal.Infrastructure.Localization;
using MerchantPortal.Resources;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Dashboard.Exports;

/// <summary>
/// The dashboard's CSV files, written row by row from the database cursor: an export never holds its rows in
/// memory. Applications: the list behind a figure (those started in the period by default). Decisions: the
/// application and document decisions of the period on the filtered applications.
/// </summary>
public sealed class DashboardCsv(DashboardGate gate, AuditTrail audit, TimeProvider clock)
{
    public async Task<int> CountApplicationsAsync(string userId, DashboardFilter filter, DashboardSlice slice, CancellationToken cancellationToken)
    {
        await using var db = await gate.OpenAsync(userId, filter, cancellationToken);
        return await DashboardScope.Slice(db, filter, slice, clock.GetUtcNow().UtcDateTime).CountAsync(cancellationToken);
    }

    public async Task WriteApplicationsAsync(string userId, DashboardFilter filter, DashboardSlice slice, Stream output, CancellationToken cancellationToken)
    {
        await using var db = await gate.OpenAsync(userId, filter, cancellationToken);
        await audit.AppendAsync(new AuditRecord(userId, "report.csv", "Dashboard", filter.ToQueryString(), new { file = "applications", slice = slice.ToQueryString() }));
        await using var csv = CsvFiles.Create(output);
        await csv.WriteRecordAsync([ExportText.ColumnApplication, ExportText.ColumnOrganization, ExportText.ColumnLegalName, ExportText.ColumnCreditCode,
            ExportText.ColumnSubjectType, ExportText.ColumnIndustry, ExportText.ColumnPlatforms, ExportText.ColumnState, ExportText.ColumnStage,
            ExportText.ColumnStarted, ExportText.ColumnSubmitted, ExportText.ColumnDecision, ExportText.ColumnDecided, ExportText.ColumnDecisionHours,
            ExportText.ColumnLive], cancellationToken);
        var rows = DashboardScope.Slice(db, filter, slice, clock.GetUtcNow().UtcDateTime).OrderBy(a => a.CreatedAtUtc).ThenBy(a => a.Id)
            .Select(a => new
            {
                a.Id, Organization = db.Organizations.Where(o => o.Id == a.OrganizationId).Select(o => o.Name).Single(),
                LegalName = a.Listing == null ? null : a.Listing.LegalName, CreditCode = a.Listing == null ? null : a.Listing.CreditCode,
                a.DeclaredSubjectType, a.DeclaredIndustry, a.DeclaredPlatforms, a.State, a.Stage, a.CreatedAtUtc, a.FirstSubmittedAtUtc,
                a.Decision, a.DecidedAtUtc, a.DecisionMinutes, a.LiveAtUtc,
            });
        await foreach (var a in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            await csv.WriteRecordAsync(
            [
                a.Id.ToString(), a.Organization, a.LegalName ?? "", a.CreditCode ?? "",
                a.DeclaredSubjectType is { } subject ? EnumText.Of(subject) : "", a.DeclaredIndustry is { } industry ? EnumText.Of(industry) : "",
                a.DeclaredPlatforms is { } platforms ? string.Join(' ', Domain.Review.ReviewListing.CodesOf(platforms)) : "",
                EnumText.Of(a.State), EnumText.Of(a.Stage), Time(a.CreatedAtUtc), Time(a.FirstSubmittedAtUtc),
                a.Decision is { } decision ? EnumText.Of(decision) : "", Time(a.DecidedAtUtc),
                a.DecisionMinutes is { } minutes ? (minutes / 60.0).ToString("0.0", CultureInfo.InvariantCulture) : "", Time(a.LiveAtUtc),
            ], cancellationToken);
        }
    }

    public async Task<int> CountDecisionsAsync(string userId, DashboardFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await gate.OpenAsync(userId, filter, cancellationToken);
        return await ApplicationDecisions(db, filter).CountAsync(cancellationToken) + await DocumentDecisions(db, filter).CountAsync(cancellationToken);
    }

    /// <summary>The applications' decisions first, then the documents', each oldest first. Internal notes stay out of the file.</summary>
    public async Task WriteDecisionsAsync(string userId, DashboardFilter filter, Stream output, CancellationToken cancellationToken)
    {
        await using var db = await gate.OpenAsync(userId, filter, cancellationToken);
        await audit.AppendAsync(new AuditRecord(userId, "report.csv", "Dashboard", filter.ToQueryString(), new { file = "decisions" }));
        await using var csv = CsvFiles.Create(output);
        await csv.WriteRecordAsync([ExportText.ColumnTime, ExportText.ColumnSubject, ExportText.ColumnOrganization, ExportText.ColumnApplication,
            ExportText.ColumnDecision, ExportText.ColumnDocument, ExportText.ColumnReasonCode, ExportText.ColumnReason, ExportText.ColumnReviewer], cancellationToken);
        var moves = ApplicationDecisions(db, filter).OrderBy(t => t.AtUtc).ThenBy(t => t.Id).Select(t => new
        {
            t.AtUtc, t.ApplicationId, t.Trigger, t.Reason,
            Organization = db.Applications.Where(a => a.Id == t.ApplicationId).SelectMany(a => db.Organizations.Where(o => o.Id == a.OrganizationId)).Select(o => o.Name).Single(),
            Reviewer = db.Users.Where(u => u.Id == t.ActorUserId).Select(u => u.Email).SingleOrDefault(),
        });
        await foreach (var m in moves.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            await csv.WriteRecordAsync([Time(m.AtUtc), ExportText.SubjectApplication, m.Organization, m.ApplicationId.ToString(), EnumText.Of(m.Trigger), "", "", m.Reason ?? "", m.Reviewer ?? ""], cancellationToken);
        }

        var documents = DocumentDecisions(db, filter).OrderBy(d => d.DecidedAtUtc).ThenBy(d => d.Id).Select(d => new
        {
            d.DecidedAtUtc, d.ApplicationId, d.Approved, d.ReasonCode, d.ApplicantMessage,
            Kind = db.Documents.Where(x => x.Id == d.DocumentId).Select(x => x.Kind).Single(),
            Organization = db.Applications.Where(a => a.Id == d.ApplicationId).SelectMany(a => db.Organizations.Where(o => o.Id == a.OrganizationId)).Select(o => o.Name).Single(),
            Reviewer = db.Users.Where(u => u.Id == d.ReviewerUserId).Select(u => u.Email).SingleOrDefault(),
        });
        await foreach (var d in documents.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            await csv.WriteRecordAsync([Time(d.DecidedAtUtc), ExportText.SubjectDocument, d.Organization, d.ApplicationId.ToString(),
                d.Approved ? ExportText.DocumentApproved : ExportText.DocumentRefused, EnumText.Of(d.Kind), d.ReasonCode ?? "", d.ApplicantMessage ?? "", d.Reviewer ?? ""], cancellationToken);
        }
    }

    /// <summary>The moves that are a reviewer's or an admin's decision on the application.</summary>
    private static readonly ApplicationTrigger[] Decisions =
    [
        ApplicationTrigger.Approve, ApplicationTrigger.Confirm, ApplicationTrigger.Reject, ApplicationTrigger.RequestChanges,
        ApplicationTrigger.SendBack, ApplicationTrigger.VoidApproval, ApplicationTrigger.Suspend, ApplicationTrigger.Reinstate,
    ];

    private static IQueryable<ApplicationTransition> ApplicationDecisions(PortalDbContext db, DashboardFilter filter)
    {
        var selected = db.Applications.Declared(filter).Select(a => a.Id);
        return db.ApplicationTransitions.AsNoTracking()
            .Where(t => t.AtUtc >= filter.FromUtc && t.AtUtc < filter.ToUtc && Decisions.Contains(t.Trigger) && selected.Contains(t.ApplicationId));
    }

    private static IQueryable<Domain.Review.DocumentDecision> DocumentDecisions(PortalDbContext db, DashboardFilter filter)
    {
        var selected = db.Applications.Declared(filter).Select(a => a.Id);
        return db.DocumentDecisions.AsNoTracking().Where(d => d.DecidedAtUtc >= filter.FromUtc && d.DecidedAtUtc < filter.ToUtc && selected.Contains(d.ApplicationId));
    }

    private static string Time(DateTime? utc) => utc is { } at ? ChinaTime.Stamp(at) : "";
}
