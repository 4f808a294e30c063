using MerchantPortal.Domain.GoLiveRuns;
using MerchantPortal.Platforms.Sandbox;
using static MerchantPortal.Domain.GoLiveRuns.GoLiveCheckKind;

namespace MerchantPortal.Features.GoLive;

/// <summary>
/// The merchant's own server: the paid order's genuine notification, freshly signed, posted to the registered notify
/// URL must be acknowledged exactly as the platform requires; the same notification forged must be refused. Posts go
/// through the guarded client, so a notify URL on a private address is refused before any connection.
/// </summary>
public sealed class NotifyUrlChecks(SampleReceiverChecks receiver, SandboxNotificationSender sender, IEnumerable<ICallbackPolicy> policies)
{
    public async Task RunAsync(GoLiveRunContext context, IGoLiveSuite suite, string? paidOrder)
    {
        var genuine = paidOrder is null ? null : await receiver.NotificationOfAsync(context.Credentials.Id, paidOrder);
        if (genuine is null)
        {
            await context.SkipAsync(ServerAcknowledges, new GoLiveFinding("NeedsEarlier", SimulatedPayment.ToString()));
            await context.SkipAsync(ServerRefusesForgery, new GoLiveFinding("NeedsEarlier", SimulatedPayment.ToString()));
            return;
        }

        var url = context.Credentials.NotifyUrl;
        var policy = policies.Single(p => p.PlatformCode == suite.PlatformCode);
        var reachable = false;
        await context.CheckAsync(ServerAcknowledges, async () =>
        {
            if (url is null)
            {
                return CheckResult.Fail(new GoLiveFinding("NoNotifyUrl"), "no notify URL registered");
            }

            var answer = await sender.PostAsync(url, genuine.ContentType, genuine.Body, await policy.HeadersAsync(genuine, context.CancellationToken), context.CancellationToken);
            var log = $"POST {url} → {answer.Describe()}";
            reachable = answer.Status is not null;
            return answer.Status is not { } status ? CheckResult.Fail(new GoLiveFinding("ServerUnreachable", url, answer.Failure!), log)
                : suite.JudgeAcknowledgement(status, answer.Body) is { } wrong ? CheckResult.Fail(wrong, log)
                : CheckResult.Pass(log);
        });

        await context.CheckAfterAsync(reachable, ServerAcknowledges, ServerRefusesForgery, () => receiver.ForgeryRefusedAsync(context, suite, genuine, url!));
    }
}
