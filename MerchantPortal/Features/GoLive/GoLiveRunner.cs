using System.Threading.Channels;
using MerchantPortal.Data;
using MerchantPortal.Domain.Credentials;
using MerchantPortal.Domain.Enrollments;
using MerchantPortal.Domain.GoLiveRuns;
using MerchantPortal.Domain.Workflow;
using MerchantPortal.Infrastructure.Audit;
using MerchantPortal.Infrastructure.Hosting;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.GoLive;

/// <summary>
/// Executes go-live runs in the background, each on its own (runs of different enrollments side by side): the
/// merchant's side (the portal-run, or the merchant's own requests judged from the log), then the merchant's notify
/// URL; then the verdict moves the enrollment (green passes its tests, red takes a pass back), audited. A run the
/// server stopped in the middle of is ended red when the portal starts again.
/// </summary>
public sealed class GoLiveRunner(
    IDbContextFactory<PortalDbContext> dbFactory, IServiceScopeFactory scopes, OwnOrigin origin, GoLiveProgress progress, AuditTrail audit, TimeProvider clock,
    ILogger<GoLiveRunner> logger) : BackgroundService
{
    private readonly Channel<Guid> queue = Channel.CreateUnbounded<Guid>();

    public void Enqueue(Guid runId) => queue.Writer.TryWrite(runId);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await EndInterruptedRunsAsync(stoppingToken);
        await foreach (var runId in queue.Reader.ReadAllAsync(stoppingToken))
        {
            _ = Task.Run(() => ExecuteRunAsync(runId, stoppingToken), stoppingToken);
        }
    }

    public async Task ExecuteRunAsync(Guid runId, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var run = await db.GoLiveRuns.Include(r => r.Checks).SingleAsync(r => r.Id == runId, cancellationToken);
            var enrollment = await db.Enrollments.SingleAsync(e => e.Id == run.EnrollmentId, cancellationToken);
            var credentials = await db.Credentials.Include(c => c.Keys).AsNoTracking()
                .SingleAsync(c => c.EnrollmentId == enrollment.Id && c.Environment == CredentialEnvironment.Sandbox, cancellationToken);
            var suite = services.GetServices<IGoLiveSuite>().Single(s => s.PlatformCode == enrollment.PlatformCode);
            var context = new GoLiveRunContext(run, credentials, origin.Url, async () =>
            {
                await db.SaveChangesAsync(cancellationToken);
                progress.Publish(enrollment.Id);
            }, clock, logger, cancellationToken);

            var paidOrder = run.Mode == GoLiveRunMode.PortalRun
                ? await PortalRunAsync(context, suite, services.GetRequiredService<NotificationChecks>())
                : await services.GetRequiredService<MerchantRequestsJudge>().RunAsync(context, suite);
            await services.GetRequiredService<NotifyUrlChecks>().RunAsync(context, suite, paidOrder);
            await FinishAsync(db, run, enrollment);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: the next start ends the run as interrupted.
        }
        catch (Exception e)
        {
            logger.LogError(e, "Go-live run {RunId} failed.", runId);
            await EndAsync(runId, new GoLiveFinding("Unexpected"));
        }
    }

    private static async Task<string?> PortalRunAsync(GoLiveRunContext context, IGoLiveSuite suite, NotificationChecks receiver)
    {
        var paidOrder = await suite.RunPortalPartAsync(context);
        var genuine = paidOrder is null ? null : await receiver.NotificationOfAsync(context.Credentials.Id, paidOrder);
        var delivered = genuine is not null && context.Run.Check(GoLiveCheckKind.NotificationVerified).Status == GoLiveCheckStatus.Passed;
        await context.CheckAfterAsync(delivered, GoLiveCheckKind.NotificationVerified, GoLiveCheckKind.ForgedNotificationRejected,
            () => receiver.ForgeryRefusedAsync(context, suite, genuine!, genuine!.Url));
        await context.CheckAfterAsync(delivered, GoLiveCheckKind.NotificationVerified, GoLiveCheckKind.ReplayHandledOnce,
            () => receiver.ReplayOnceAsync(context, suite, genuine!, genuine!.Url));
        await suite.CheckWrongKeyAsync(context);
        return paidOrder;
    }

    /// <param name="whyUnfinished">For a run that could not run to its end: what its remaining checks are marked with.</param>
    private async Task FinishAsync(PortalDbContext db, GoLiveRun run, PlatformEnrollment enrollment, GoLiveFinding? whyUnfinished = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        run.Finish(now, whyUnfinished);
        if (EnrollmentWorkflow.AcceptsTestRuns(enrollment.State))
        {
            // The verdict is the portal's; the history names who started the run.
            enrollment.RecordTestRun(run.Green == true, new Actor(run.StartedByUserId, Party.System), now);
            if (enrollment.State == EnrollmentState.TestsPassed)
            {
                (await db.Applications.SingleAsync(a => a.Id == enrollment.ApplicationId)).RecordTestsPassed();
            }
        }

        await audit.SaveWithAsync(db, new AuditRecord(run.StartedByUserId, "golive.run", "Enrollment", enrollment.Id.ToString(), new
        {
            run = run.Id,
            mode = run.Mode.ToString(),
            green = run.Green,
            failed = run.Checks.Where(c => c.Status == GoLiveCheckStatus.Failed).Select(c => $"{c.Kind}: {c.FindingCode}").ToArray(),
        }));
        progress.Publish(enrollment.Id);
    }

    private async Task EndInterruptedRunsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        foreach (var id in await db.GoLiveRuns.Where(r => r.FinishedAtUtc == null).Select(r => r.Id).ToListAsync(cancellationToken))
        {
            await EndAsync(id, new GoLiveFinding("Interrupted"));
        }
    }

    /// <summary>Ends a run that could not finish normally; its verdict is red.</summary>
    private async Task EndAsync(Guid runId, GoLiveFinding why)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            var run = await db.GoLiveRuns.Include(r => r.Checks).SingleAsync(r => r.Id == runId);
            var enrollment = await db.Enrollments.SingleAsync(e => e.Id == run.EnrollmentId);
            await FinishAsync(db, run, enrollment, why);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Go-live run {RunId} could not be ended.", runId);
        }
    }
}
