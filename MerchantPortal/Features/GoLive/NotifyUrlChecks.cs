using MerchantPortal.Domain.GoLiveRuns;
using static MerchantPortal.Domain.GoLiveRuns.GoLiveCheckKind;

namespace MerchantPortal.Features.GoLive;

/// <summary>
/// The merchant's own server: the paid order's genuine notification, freshly signed, posted to the registered notify
/// URL must be acknowledged exactly as the platform requires; the same notification forged must be refused. Posts go
/// through the guarded client, so a notify URL on a private address is refused before any connection.
/// </summary>
public sealed class NotifyUrlChecks(NotificationChecks notifications)
{
    public async Task RunAsync(GoLiveRunContext context, IGoLiveSuite suite, string? paidOrder)
    {
        var genuine = paidOrder is null ? null : await notifications.NotificationOfAsync(context.Credentials.Id, paidOrder);
        if (genuine is null)
        {
            await context.SkipAsync(ServerAcknowledges, new GoLiveFinding("NeedsEarlier", SimulatedPayment.ToString()));
            await context.SkipAsync(ServerRefusesForgery, new GoLiveFinding("NeedsEarlier", SimulatedPayment.ToString()));
            return;
        }

        var url = context.Credentials.NotifyUrl;
        var reachable = false;
        await context.CheckAsync(ServerAcknowledges, async () =>
        {
            if (url is null)
            {
                return CheckResult.Fail(new GoLiveFinding("NoNotifyUrl"), "no notify URL registered");
            }

            (var result, reachable) = await notifications.AcknowledgedAsync(context, suite, genuine, url);
            return result;
        });

        await context.CheckAfterAsync(reachable, ServerAcknowledges, ServerRefusesForgery, () => notifications.ForgeryRefusedAsync(context, suite, genuine, url!));
    }
}
