using System.Globalization;
using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Credentials;
using MerchantPortal.Domain.Enrollments;
using MerchantPortal.Domain.GoLiveRuns;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Workflow;
using MerchantPortal.Features.Catalogue;
using MerchantPortal.Features.Credentials;
using MerchantPortal.Features.Onboarding.Wizard;
using MerchantPortal.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.GoLive;

/// <summary>
/// The applicant's side of going live: start a go-live run, accept the merchant agreement and the fee rate, request
/// go-live once the application is approved, the latest run is green and the agreement accepted. Members only.
/// </summary>
public sealed class GoLiveService(
    IDbContextFactory<PortalDbContext> dbFactory, IEnumerable<IGoLiveSuite> suites, GoLiveRunner runner, PlatformCatalogue catalogue, EnrollmentNotifications notifications,
    AuditTrail audit, IConfiguration configuration, TimeProvider clock)
{
    public const string MerchantWindowKey = "GoLive:MerchantWindowMinutes";

    /// <summary>How long a run waits for the merchant's own requests.</summary>
    public TimeSpan MerchantWindow => TimeSpan.FromMinutes(configuration.GetValue(MerchantWindowKey, 15));

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The organization's open application's enrollments for the step; null for a non-member or without an application.</summary>
    public async Task<GoLiveView?> GetAsync(string userId, Guid organizationId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        if (!await WizardStepWriter.IsMemberAsync(db, userId, organizationId))
        {
            return null;
        }

        var application = await db.OpenApplications().Where(a => a.OrganizationId == organizationId).Select(a => new { a.Id, a.State }).SingleOrDefaultAsync();
        if (application is null)
        {
            return null;
        }

        var platforms = (await catalogue.ListAsync()).ToDictionary(p => p.Code);
        var enrollments = await db.Enrollments.AsNoTracking().Where(e => e.ApplicationId == application.Id).OrderBy(e => e.PlatformCode).ToListAsync();
        var ids = enrollments.Select(e => e.Id).ToList();
        var credentials = await db.Credentials.AsNoTracking().Include(c => c.Keys).Where(c => ids.Contains(c.EnrollmentId)).ToListAsync();
        var runs = new Dictionary<Guid, GoLiveRun?>();
        foreach (var id in ids)
        {
            runs[id] = await db.LatestRunAsync(id);
        }

        var acceptances = await db.AgreementAcceptances.AsNoTracking()
            .Where(a => ids.Contains(a.EnrollmentId) && a.AgreementVersion == MerchantAgreement.CurrentVersion).ToListAsync();
        var now = Now;
        return new GoLiveView(application.Id, application.State == ApplicationState.Approved, [.. enrollments.Select(e =>
        {
            var sandbox = credentials.SingleOrDefault(c => c.EnrollmentId == e.Id && c.Environment == CredentialEnvironment.Sandbox);
            var live = credentials.SingleOrDefault(c => c.EnrollmentId == e.Id && c.Environment == CredentialEnvironment.Live);
            var suite = Suite(e.PlatformCode);
            var unready = suite is null ? DomainErrors.CredentialsNotIssued : sandbox is null ? DomainErrors.CredentialsNotIssued : suite.Unready(sandbox, now);
            var catalogued = platforms.GetValueOrDefault(e.PlatformCode);
            return new GoLiveView.Platform(e.Id, e.PlatformCode, catalogued?.Name ?? new(e.PlatformCode, e.PlatformCode), e.State, e.Version, unready,
                sandbox is not null && suite?.PortalCanSign(sandbox, now) == true ? GoLiveRunMode.PortalRun : GoLiveRunMode.MerchantRequests, sandbox?.NotifyUrl,
                runs[e.Id], acceptances.Where(a => a.EnrollmentId == e.Id).MaxBy(a => a.AcceptedAtUtc),
                catalogued?.FeeRate ?? new("", ""), live?.AppId, live?.MerchantId);
        })]);
    }

    /// <summary>Starts a run; the portal-run when it may sign with a kept key, otherwise the merchant's own requests within the window.</summary>
    public async Task<Guid> StartRunAsync(string userId, Guid enrollmentId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var enrollment = await CredentialStore.MemberEnrollmentAsync(db, userId, enrollmentId);
        if (!EnrollmentWorkflow.AcceptsTestRuns(enrollment.State))
        {
            throw new DomainException(DomainErrors.TestRunsClosed);
        }

        var credentials = await db.Credentials.Include(c => c.Keys).AsNoTracking()
            .SingleOrDefaultAsync(c => c.EnrollmentId == enrollmentId && c.Environment == CredentialEnvironment.Sandbox)
            ?? throw new DomainException(DomainErrors.CredentialsNotIssued);
        var suite = Suite(enrollment.PlatformCode) ?? throw new DomainException(DomainErrors.CredentialsNotIssued);
        if (suite.Unready(credentials, Now) is { } unready)
        {
            throw new DomainException(unready);
        }

        if (await db.GoLiveRuns.AnyAsync(r => r.EnrollmentId == enrollmentId && r.FinishedAtUtc == null))
        {
            throw new DomainException(DomainErrors.GoLiveRunInProgress);
        }

        var mode = suite.PortalCanSign(credentials, Now) ? GoLiveRunMode.PortalRun : GoLiveRunMode.MerchantRequests;
        var run = GoLiveRun.Start(enrollmentId, mode, userId, Now, MerchantWindow);
        db.Add(run);
        try
        {
            await audit.SaveWithAsync(db, new AuditRecord(userId, "golive.start", "Enrollment", enrollmentId.ToString(), new { run = run.Id, mode = mode.ToString() }));
        }
        catch (DbUpdateException)
        {
            // Another start won the race (IX_GoLiveRuns_Running).
            throw new DomainException(DomainErrors.GoLiveRunInProgress);
        }

        runner.Enqueue(run.Id);
        return run.Id;
    }

    /// <summary>Records the acceptance of the current agreement and of the platform's fee rate exactly as shown.</summary>
    public async Task AcceptAgreementAsync(string userId, Guid enrollmentId, string version)
    {
        if (version != MerchantAgreement.CurrentVersion)
        {
            throw new DomainException(DomainErrors.AgreementOutdated);
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        var enrollment = await CredentialStore.MemberEnrollmentAsync(db, userId, enrollmentId);
        if (!EnrollmentWorkflow.AcceptsTestRuns(enrollment.State))
        {
            throw new DomainException(DomainErrors.TestRunsClosed);
        }

        var fee = (await catalogue.ListAsync()).Single(p => p.Code == enrollment.PlatformCode).FeeRate;
        var acceptance = new AgreementAcceptance(enrollmentId, version, MerchantAgreement.Sha256(version), fee.Zh, fee.En, CultureInfo.CurrentUICulture.Name, userId, Now);
        db.Add(acceptance);
        await audit.SaveWithAsync(db, new AuditRecord(userId, "golive.agreement", "Enrollment", enrollmentId.ToString(),
            new { version, sha256 = acceptance.AgreementSha256, feeRate = fee.Zh, culture = acceptance.Culture }));
    }

    /// <summary>Asks for go-live; each missing condition is named rather than refused in general.</summary>
    public async Task RequestGoLiveAsync(string userId, Guid enrollmentId, Guid version)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await CredentialStore.MemberEnrollmentAsync(db, userId, enrollmentId);
        var enrollment = await db.Enrollments.Include(e => e.History).SingleAsync(e => e.Id == enrollmentId);
        if (enrollment.Version != version)
        {
            throw new DomainException(DomainErrors.CaseChangedMeanwhile);
        }

        var approved = await db.Applications.AnyAsync(a => a.Id == enrollment.ApplicationId && a.State == ApplicationState.Approved);
        var green = (await db.LatestRunAsync(enrollmentId))?.Green == true;
        var accepted = await db.AgreementAcceptances.AnyAsync(a => a.EnrollmentId == enrollmentId && a.AgreementVersion == MerchantAgreement.CurrentVersion);
        var missing = !approved ? DomainErrors.GoLiveNeedsApproval : !green || enrollment.State != EnrollmentState.TestsPassed ? DomainErrors.GoLiveNeedsGreenRun
            : !accepted ? DomainErrors.GoLiveNeedsAgreement : null;
        if (missing is not null)
        {
            throw new DomainException(missing);
        }

        enrollment.Fire(EnrollmentTrigger.RequestGoLive, new Actor(userId, Party.Applicant), Now, new EnrollmentFacts(approved, green, accepted));
        await audit.SaveWithAsync(db, new AuditRecord(userId, "enrollment.request-go-live", "Enrollment", enrollmentId.ToString(), new { platform = enrollment.PlatformCode }));
        await notifications.AfterMoveAsync(enrollment, userId);
    }

    private IGoLiveSuite? Suite(string platformCode) => suites.FirstOrDefault(s => s.PlatformCode == platformCode);
}
