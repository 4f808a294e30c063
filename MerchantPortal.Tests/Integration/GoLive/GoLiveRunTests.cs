using MerchantPortal.Domain.Enrollments;
using MerchantPortal.Domain.GoLiveRuns;
using MerchantPortal.Features.GoLive;
using MerchantPortal.Tests.Support;
using static MerchantPortal.Domain.GoLiveRuns.GoLiveCheckKind;

namespace MerchantPortal.Tests.Integration.GoLive;

/// <summary>
/// Go-live runs end to end on a served portal that calls itself: the portal-run through the sandbox gateways and the
/// sample merchant receiver, then the merchant's notify URL — green with the reference receiver, red with a message
/// saying what a wrong receiver did, refused before connecting for a private address.
/// </summary>
public class GoLiveRunTests(RealServerPortalFactory factory) : IClassFixture<RealServerPortalFactory>
{
    [Fact]
    public async Task Alipay_WithTheSampleReceiver_IsGreen_AndPassesTheEnrollmentsTests()
    {
        var app = await AlipaySandboxSeed.AppAsync(factory);
        await GoLiveSeed.SetNotifyUrlAsync(factory, app.Owner, app.EnrollmentId, GoLiveSeed.SampleReceiver(factory, "alipay", app.AppId));

        var run = await GoLiveSeed.RunAsync(factory, app.Owner, app.EnrollmentId);

        Assert.True(run.Green, Describe(run));
        Assert.Equal(GoLiveRunMode.PortalRun, run.Mode);
        Assert.Equal(11, run.Checks.Count);
        Assert.Equal(EnrollmentState.TestsPassed, await StateAsync(app.EnrollmentId));
    }

    [Fact]
    public async Task WeChatPay_WithTheSampleReceiver_IsGreen()
    {
        var app = await WeChatPaySandboxSeed.AppAsync(factory);
        await GoLiveSeed.SetNotifyUrlAsync(factory, app.Owner, app.EnrollmentId, GoLiveSeed.SampleReceiver(factory, "wechatpay", app.MchId));

        var run = await GoLiveSeed.RunAsync(factory, app.Owner, app.EnrollmentId);

        Assert.True(run.Green, Describe(run));
        Assert.Equal(EnrollmentState.TestsPassed, await StateAsync(app.EnrollmentId));
    }

    [Theory]
    [InlineData("alipay", "WrongAcknowledgement", ServerAcknowledges, "«SUCCESS»", "exactly «success»")]
    [InlineData("alipay", "AcceptsForgeries", ServerRefusesForgery, "not Alipay's", "Verify the signature with Alipay's public key")]
    [InlineData("wechatpay", "WrongAcknowledgement", ServerAcknowledges, "HTTP 202", "only 200 or 204")]
    [InlineData("wechatpay", "AcceptsForgeries", ServerRefusesForgery, "does not verify", "answer 4xx or 5xx")]
    public async Task AReceiverThatAnswersWrongly_FailsYourServer_WithWhatItDidWrong(string platform, string behaviour, GoLiveCheckKind failing, string said, string advice)
    {
        var (owner, enrollmentId, id) = await AppAsync(platform);
        await GoLiveSeed.SetNotifyUrlAsync(factory, owner, enrollmentId, GoLiveSeed.SampleReceiver(factory, platform, id, behaviour));

        var run = await GoLiveSeed.RunAsync(factory, owner, enrollmentId);

        Assert.False(run.Green);
        var failed = Assert.Single(run.Checks, c => c.Status == GoLiveCheckStatus.Failed);
        Assert.Equal(failing, failed.Kind);
        Assert.All(run.Checks.Where(c => !c.IsServerCheck), c => Assert.Equal(GoLiveCheckStatus.Passed, c.Status));
        using (new CultureScope("en"))
        {
            var message = GoLiveFindingText.Of(failed.Finding!);
            Assert.Contains(said, message);
            Assert.Contains(advice, message);
        }

        Assert.Equal(EnrollmentState.Sandbox, await StateAsync(enrollmentId));
    }

    [Theory]
    [InlineData("http://10.0.0.7/notify")]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    [InlineData("http://127.0.0.1:6379/")]
    public async Task ANotifyUrlOnAPrivateAddress_IsRefusedBeforeConnecting(string url)
    {
        var app = await AlipaySandboxSeed.AppAsync(factory);
        await GoLiveSeed.SetNotifyUrlAsync(factory, app.Owner, app.EnrollmentId, url);

        var run = await GoLiveSeed.RunAsync(factory, app.Owner, app.EnrollmentId);

        var check = run.Check(ServerAcknowledges);
        Assert.Equal(GoLiveCheckStatus.Failed, check.Status);
        Assert.Equal("ServerUnreachable", check.FindingCode);
        Assert.Contains("refused", check.Finding!.Args[1]);
        Assert.Equal(GoLiveCheckStatus.Skipped, run.Check(ServerRefusesForgery).Status);
    }

    private async Task<(TestAccount Owner, Guid EnrollmentId, string Id)> AppAsync(string platform)
    {
        if (platform == "alipay")
        {
            var alipay = await AlipaySandboxSeed.AppAsync(factory);
            return (alipay.Owner, alipay.EnrollmentId, alipay.AppId);
        }

        var wechat = await WeChatPaySandboxSeed.AppAsync(factory);
        return (wechat.Owner, wechat.EnrollmentId, wechat.MchId);
    }

    private async Task<EnrollmentState> StateAsync(Guid enrollmentId)
    {
        await using var db = await factory.CreateDbContextAsync();
        return db.Enrollments.Single(e => e.Id == enrollmentId).State;
    }

    private static string Describe(GoLiveRun run) =>
        string.Join("\n", run.Checks.Select(c => $"{c.Kind}: {c.Status} {c.FindingCode} {c.FindingArgs} | {c.Log}"));
}
