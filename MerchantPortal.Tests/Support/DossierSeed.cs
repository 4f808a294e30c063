using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.GoLiveRuns;
using MerchantPortal.Features.Reports.Dossier;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Support;

/// <summary>An approved case with a finished go-live run, and dossiers issued for it through the portal's own service.</summary>
public static class DossierSeed
{
    public sealed record ApprovedCase(TestAccount Owner, TestAccount Reviewer, Guid ApplicationId);

    public static async Task<ApprovedCase> ApprovedAsync(PortalFactory factory)
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var id = await WizardSeed.SubmittedAsync(factory, owner);
        await GoLiveSeed.ApproveAsync(factory, reviewer, owner, id);
        await using var db = await factory.CreateDbContextAsync();
        var enrollment = await db.Enrollments.SingleAsync(e => e.ApplicationId == id);
        // A finished run as the runner leaves it: the dossier reports runs, it does not run them.
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var run = GoLiveRun.Start(enrollment.Id, GoLiveRunMode.PortalRun, owner.Id, now, TimeSpan.FromMinutes(15));
        run.Pass(GoLiveCheckKind.CreateOrder, now);
        run.Fail(GoLiveCheckKind.SimulatedPayment, new GoLiveFinding("NotReached"), now);
        run.Finish(now);
        db.GoLiveRuns.Add(run);
        await db.SaveChangesAsync();
        return new ApprovedCase(owner, reviewer, id);
    }

    public static Task<IssuedDossierFile> IssueAsync(PortalFactory factory, ApprovedCase approved) =>
        factory.WithServicesAsync(async sp =>
            (await sp.GetRequiredService<DossierService>().IssueAsync(approved.Reviewer.Id, approved.ApplicationId, "http://localhost"))!);
}
