using MerchantPortal.Data;
using MerchantPortal.Domain.GoLiveRuns;
using MerchantPortal.Features.SampleMerchant;
using MerchantPortal.Platforms.Sandbox;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.GoLive;

/// <summary>
/// The notification checks. Against the portal's sample merchant receiver in the portal-run (its reference
/// integration, verifying with this enrollment's platform key): the sandbox's notification arrives and is
/// acknowledged, a forgery is refused, a replay is acknowledged without being processed twice. Against the merchant's
/// notify URL (<see cref="NotifyUrlChecks"/>): the genuine one acknowledged, the forgery refused.
/// </summary>
public sealed class NotificationChecks(
    IDbContextFactory<PortalDbContext> dbFactory, SandboxNotificationSender sender, IEnumerable<ICallbackPolicy> policies, IConfiguration configuration)
{
    public const string NotificationWaitKey = "GoLive:NotificationWaitSeconds";

    private TimeSpan NotificationWait => TimeSpan.FromSeconds(configuration.GetValue(NotificationWaitKey, 30));

    /// <summary>The first notification the sandbox queued for an order: its payment's.</summary>
    public async Task<SandboxCallback?> NotificationOfAsync(Guid credentialsId, string outTradeNo)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Set<SandboxCallback>().AsNoTracking().Where(c => c.CredentialsId == credentialsId && c.Reference == outTradeNo)
            .OrderBy(c => c.CreatedAtUtc).FirstOrDefaultAsync();
    }

    /// <summary>Waits for the payment's notification to be acknowledged by the receiver, which acknowledges only what verifies.</summary>
    public async Task<CheckResult> DeliveredAsync(GoLiveRunContext context, string outTradeNo)
    {
        var deadline = DateTime.UtcNow + NotificationWait;
        SandboxCallback? callback;
        do
        {
            callback = await NotificationOfAsync(context.Credentials.Id, outTradeNo);
            if (callback?.DeliveredAtUtc is not null)
            {
                return CheckResult.Pass($"POST {callback.Url} → {callback.LastOutcome} (attempt {callback.Attempts})");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), context.CancellationToken);
        }
        while (DateTime.UtcNow < deadline);

        return callback is null
            ? CheckResult.Fail(new GoLiveFinding("NotificationNotQueued", outTradeNo), $"no notification for {outTradeNo}")
            : CheckResult.Fail(new GoLiveFinding("NotificationNotAcknowledged", callback.LastOutcome ?? "—"), $"POST {callback.Url} → {callback.LastOutcome} (attempts {callback.Attempts})");
    }

    public async Task<CheckResult> ForgeryRefusedAsync(GoLiveRunContext context, IGoLiveSuite suite, SandboxCallback genuine, string receiverUrl)
    {
        var forged = suite.Forge(genuine, context.Credentials);
        var answer = await sender.PostAsync(receiverUrl, forged.ContentType, forged.Body, forged.Headers, context.CancellationToken);
        var log = $"POST {receiverUrl} (forged) → {answer.Describe()}";
        return answer.Status is not { } status ? CheckResult.Fail(new GoLiveFinding("ServerUnreachable", receiverUrl, answer.Failure!), log)
            : Policy(suite).IsAcknowledged(status, answer.Body) ? CheckResult.Fail(suite.ForgeryAccepted(status, answer.Body), log)
            : CheckResult.Pass(log);
    }

    /// <summary>The genuine notification, its headers made afresh, must be acknowledged as the platform requires.</summary>
    /// <returns>The verdict, and whether the server answered at all (a forgery check needs an answering server).</returns>
    public async Task<(CheckResult Result, bool Answered)> AcknowledgedAsync(GoLiveRunContext context, IGoLiveSuite suite, SandboxCallback genuine, string url,
        string label = "")
    {
        var headers = await Policy(suite).HeadersAsync(genuine, context.CancellationToken);
        var answer = await sender.PostAsync(url, genuine.ContentType, genuine.Body, headers, context.CancellationToken);
        var log = $"POST {url}{label} → {answer.Describe()}";
        return (answer.Status is not { } status ? CheckResult.Fail(new GoLiveFinding("ServerUnreachable", url, answer.Failure!), log)
            : suite.JudgeAcknowledgement(status, answer.Body) is { } wrong ? CheckResult.Fail(wrong, log)
            : CheckResult.Pass(log), answer.Status is not null);
    }

    public async Task<CheckResult> ReplayOnceAsync(GoLiveRunContext context, IGoLiveSuite suite, SandboxCallback genuine, string receiverUrl)
    {
        var before = await ReceiptsAsync(context.Credentials.Id);
        var (acknowledged, _) = await AcknowledgedAsync(context, suite, genuine, receiverUrl, " (replay)");
        var after = await ReceiptsAsync(context.Credentials.Id);
        var log = $"{acknowledged.Log}; receipts {before} → {after}";
        return !acknowledged.Passed ? acknowledged with { Log = log }
            : after != before ? CheckResult.Fail(new GoLiveFinding("ReplayProcessedTwice"), log)
            : CheckResult.Pass(log);
    }

    private ICallbackPolicy Policy(IGoLiveSuite suite) => policies.Single(p => p.PlatformCode == suite.PlatformCode);

    private async Task<int> ReceiptsAsync(Guid credentialsId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Set<SampleReceipt>().CountAsync(r => r.CredentialsId == credentialsId);
    }
}
