using MerchantPortal.Domain;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Credentials;
using MerchantPortal.Domain.Enrollments;
using MerchantPortal.Domain.GoLiveRuns;
using MerchantPortal.Domain.Notifications;
using MerchantPortal.Features.GoLive;
using MerchantPortal.Platforms.Alipay.Client;
using MerchantPortal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.GoLive;

/// <summary>
/// The go-live gate: each missing condition is named; the agreement is recorded with its version and fee; the
/// application's approver cannot confirm go-live, another staff member can, and the enrollment then has live
/// credentials. Without a kept key the merchant's own requests, read from the request log, make the run.
/// </summary>
public class GoLiveGateTests(RealServerPortalFactory factory) : IClassFixture<RealServerPortalFactory>
{
    [Fact]
    public async Task GoLive_NeedsApproval_TheAgreement_AndAConfirmerWhoDidNotApprove()
    {
        var app = await AlipaySandboxSeed.AppAsync(factory);
        var applicationId = await GoLiveSeed.ApplicationOfAsync(factory, app.EnrollmentId);
        await GoLiveSeed.SetNotifyUrlAsync(factory, app.Owner, app.EnrollmentId, GoLiveSeed.SampleReceiver(factory, "alipay", app.AppId));
        Assert.True((await GoLiveSeed.RunAsync(factory, app.Owner, app.EnrollmentId)).Green);
        var approver = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var other = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);

        var unapproved = await RefusalAsync(() => RequestAsync(app));
        await GoLiveSeed.ApproveAsync(factory, approver, app.Owner, applicationId);
        var resumesAt = (await factory.WithServicesAsync(sp => sp.GetRequiredService<Features.Onboarding.Wizard.WizardService>().GetAsync(app.Owner.Id, app.Owner.OrganizationId!.Value)))!.ResumeStep;
        var unsigned = await RefusalAsync(() => RequestAsync(app));
        await GoLive(sp => sp.AcceptAgreementAsync(app.Owner.Id, app.EnrollmentId, MerchantAgreement.CurrentVersion));
        await RequestAsync(app);
        var byApprover = await RefusalAsync(() => ConfirmAsync(approver, app.EnrollmentId));
        var shownToApprover = (await Confirmations(sp => sp.ForCaseAsync(approver.Id, applicationId))).Single();
        await ConfirmAsync(other, app.EnrollmentId);

        Assert.Equal((DomainErrors.GoLiveNeedsApproval, DomainErrors.GoLiveNeedsAgreement, DomainErrors.GoLiveSelfConfirmation), (unapproved, unsigned, byApprover));
        Assert.Equal(DomainErrors.GoLiveSelfConfirmation, shownToApprover.RefusalCode);
        Assert.Equal(Domain.Onboarding.WizardStep.GoLiveTests, resumesAt);
        await using var db = await factory.CreateDbContextAsync();
        var enrollment = await db.Enrollments.Include(e => e.History).SingleAsync(e => e.Id == app.EnrollmentId);
        Assert.Equal(EnrollmentState.Live, enrollment.State);
        Assert.Equal(other.Id, enrollment.History.Single(h => h.Trigger == EnrollmentTrigger.GoLive).ActorUserId);
        var live = await db.Credentials.Include(c => c.Keys).SingleAsync(c => c.EnrollmentId == app.EnrollmentId && c.Environment == CredentialEnvironment.Live);
        var tested = await db.Credentials.Include(c => c.Keys).SingleAsync(c => c.EnrollmentId == app.EnrollmentId && c.Environment == CredentialEnvironment.Sandbox);
        Assert.StartsWith("2021", live.AppId);
        var liveMerchantKey = Assert.Single(live.Keys, k => k.Role == KeyRole.Merchant);
        Assert.Equal(tested.Current(KeyRole.Merchant, DateTime.UtcNow)!.Fingerprint, liveMerchantKey.Fingerprint);
        Assert.Null(liveMerchantKey.ProtectedPrivateKey);
        Assert.NotEqual(tested.Current(KeyRole.Platform, DateTime.UtcNow)!.Fingerprint, live.Current(KeyRole.Platform, DateTime.UtcNow)!.Fingerprint);
        var acceptance = await db.AgreementAcceptances.SingleAsync(a => a.EnrollmentId == app.EnrollmentId);
        Assert.Equal((MerchantAgreement.CurrentVersion, app.Owner.Id, MerchantAgreement.Sha256(MerchantAgreement.CurrentVersion)),
            (acceptance.AgreementVersion, acceptance.AcceptedByUserId, acceptance.AgreementSha256));
        Assert.False(string.IsNullOrWhiteSpace(acceptance.FeeRateZh));
        var actions = await db.AuditEntries.Where(e => e.SubjectId == app.EnrollmentId.ToString()).Select(e => e.Action).ToListAsync();
        Assert.Subset(new HashSet<string>(actions), new HashSet<string> { "golive.start", "golive.run", "golive.agreement", "enrollment.request-go-live", "enrollment.go-live" });
        Assert.True(await db.Notifications.AnyAsync(n => n.RecipientUserId == app.Owner.Id && n.Kind == NotificationKind.EnrollmentChanged));
        Assert.True(await db.Notifications.AnyAsync(n => n.RecipientUserId == other.Id && n.Kind == NotificationKind.GoLiveRequested));
    }

    [Fact]
    public async Task ARedRun_TakesThePassBack_AndGoLiveNamesIt()
    {
        var app = await AlipaySandboxSeed.AppAsync(factory);
        var url = GoLiveSeed.SampleReceiver(factory, "alipay", app.AppId);
        await GoLiveSeed.SetNotifyUrlAsync(factory, app.Owner, app.EnrollmentId, url);
        Assert.True((await GoLiveSeed.RunAsync(factory, app.Owner, app.EnrollmentId)).Green);
        await GoLiveSeed.ApproveAsync(factory, await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true), app.Owner,
            await GoLiveSeed.ApplicationOfAsync(factory, app.EnrollmentId));
        await GoLive(sp => sp.AcceptAgreementAsync(app.Owner.Id, app.EnrollmentId, MerchantAgreement.CurrentVersion));
        await GoLiveSeed.SetNotifyUrlAsync(factory, app.Owner, app.EnrollmentId, url + "?behaviour=WrongAcknowledgement");

        Assert.False((await GoLiveSeed.RunAsync(factory, app.Owner, app.EnrollmentId)).Green);

        Assert.Equal(DomainErrors.GoLiveNeedsGreenRun, await RefusalAsync(() => RequestAsync(app)));
    }

    [Fact]
    public async Task StartPressedTwiceAtOnce_StartsOneRun()
    {
        var app = await AlipaySandboxSeed.AppAsync(factory);
        await GoLiveSeed.SetNotifyUrlAsync(factory, app.Owner, app.EnrollmentId, GoLiveSeed.SampleReceiver(factory, "alipay", app.AppId));

        var starts = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            try
            {
                return (Run: (Guid?)await GoLive(sp => sp.StartRunAsync(app.Owner.Id, app.EnrollmentId)), Refusal: (string?)null);
            }
            catch (DomainException e)
            {
                return (Run: null, Refusal: e.Code);
            }
        }));

        var started = Assert.Single(starts, s => s.Run is not null);
        Assert.Equal(DomainErrors.GoLiveRunInProgress, Assert.Single(starts, s => s.Run is null).Refusal);
        Assert.True((await GoLiveSeed.FinishedAsync(factory, started.Run!.Value)).Green);
    }

    [Fact]
    public async Task WithoutAKeptKey_TheMerchantsOwnRequests_MakeTheRun()
    {
        var app = await AlipaySandboxSeed.AppAsync(factory);
        // A key the portal was not allowed to keep becomes the current one.
        var keyId = await factory.WithServicesAsync(sp => sp.GetRequiredService<Features.Credentials.KeyService>().GenerateKeyAsync(app.Owner.Id, app.EnrollmentId, keep: false, TimeSpan.FromHours(1)));
        var (_, pem) = await factory.WithServicesAsync(sp => sp.GetRequiredService<Features.Credentials.CredentialService>().TakePrivateKeyAsync(app.Owner.Id, keyId));
        await GoLiveSeed.SetNotifyUrlAsync(factory, app.Owner, app.EnrollmentId, GoLiveSeed.SampleReceiver(factory, "alipay", app.AppId));
        var runId = await GoLive(sp => sp.StartRunAsync(app.Owner.Id, app.EnrollmentId));
        var client = new AlipayClient(new HttpClient(), app.ClientOptions(factory) with { PrivateKey = pem }, factory.Clock);

        // The merchant's server: create, wait for the simulated buyer, query, refund part, close another order.
        Assert.True((await client.PrecreateAsync("MINE-1", "2.00", "自己的订单", GoLiveSeed.SampleReceiver(factory, "alipay", app.AppId))).IsSuccess);
        await WaitForAsync(async () => (await client.QueryAsync("MINE-1")).Field("trade_status") == "TRADE_SUCCESS");
        Assert.True((await client.RefundAsync("MINE-1", "0.50", "MINE-1-R")).IsSuccess);
        Assert.True((await client.PrecreateAsync("MINE-2", "1.00", "另一个订单")).IsSuccess);
        Assert.True((await client.CloseAsync("MINE-2")).IsSuccess);
        var run = await GoLiveSeed.FinishedAsync(factory, runId);

        Assert.Equal(GoLiveRunMode.MerchantRequests, run.Mode);
        Assert.True(run.Green, string.Join("\n", run.Checks.Select(c => $"{c.Kind}: {c.Status} {c.FindingCode} {c.Log}")));
    }

    private Task RequestAsync(AlipaySandboxApp app) =>
        GoLive(async sp =>
        {
            await using var db = await factory.CreateDbContextAsync();
            var version = await db.Enrollments.Where(e => e.Id == app.EnrollmentId).Select(e => e.Version).SingleAsync();
            await sp.RequestGoLiveAsync(app.Owner.Id, app.EnrollmentId, version);
            return true;
        });

    private Task ConfirmAsync(TestAccount staff, Guid enrollmentId) =>
        Confirmations(async sp =>
        {
            await using var db = await factory.CreateDbContextAsync();
            var version = await db.Enrollments.Where(e => e.Id == enrollmentId).Select(e => e.Version).SingleAsync();
            await sp.ConfirmAsync(staff.Id, enrollmentId, version);
            return true;
        });

    private Task<T> GoLive<T>(Func<GoLiveService, Task<T>> action) => factory.WithServicesAsync(sp => action(sp.GetRequiredService<GoLiveService>()));

    private Task GoLive(Func<GoLiveService, Task> action) => GoLive(async sp =>
    {
        await action(sp);
        return true;
    });

    private Task<T> Confirmations<T>(Func<GoLiveConfirmationService, Task<T>> action) => factory.WithServicesAsync(sp => action(sp.GetRequiredService<GoLiveConfirmationService>()));

    private static async Task<string> RefusalAsync(Func<Task> action) => (await Assert.ThrowsAsync<DomainException>(action)).Code;

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100 && !await condition(); i++)
        {
            await Task.Delay(200);
        }
    }
}
