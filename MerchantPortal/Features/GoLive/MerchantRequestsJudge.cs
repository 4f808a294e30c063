using MerchantPortal.Data;
using MerchantPortal.Domain.GoLiveRuns;
using MerchantPortal.Platforms.Sandbox;
using Microsoft.EntityFrameworkCore;
using static MerchantPortal.Domain.GoLiveRuns.GoLiveCheckKind;

namespace MerchantPortal.Features.GoLive;

/// <summary>
/// When the portal holds no private key, the merchant's own server makes the requests: within the run's window it
/// must create an order (which the simulated buyer then pays), query it after the payment, refund part of it and
/// close another, unpaid one — each accepted by the sandbox, so signed validly. The request log is the evidence.
/// </summary>
public sealed class MerchantRequestsJudge(IDbContextFactory<PortalDbContext> dbFactory)
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);

    /// <returns>The paid order's number, null when the window ended first.</returns>
    public async Task<string?> RunAsync(GoLiveRunContext context, IGoLiveSuite suite)
    {
        var endpoints = suite.Endpoints;
        var windowEnd = context.Run.WindowEndsAtUtc!.Value;
        string? order = null;
        DateTime paidAt = default;
        var seen = new List<SandboxRequest>();

        var created = await context.CheckAsync(MerchantCreatesOrder, async () =>
        {
            var request = await AwaitAsync(context, suite, seen, windowEnd, r => r.Endpoint == endpoints.Create && r.Subject != null);
            order = request?.Subject;
            return request is null ? await MissingAsync(context, endpoints.Create) : CheckResult.Pass(Line(request));
        });

        var paid = await context.CheckAfterAsync(created, MerchantCreatesOrder, SimulatedPayment, async () =>
        {
            var outcome = await suite.PayOrderAsync(context.Credentials.Id, order!);
            paidAt = context.Now;
            return CheckResult.OfPayment(order!, null, outcome);
        });

        var queried = await context.CheckAfterAsync(paid, SimulatedPayment, MerchantQueriesPaid, async () =>
        {
            var request = await AwaitAsync(context, suite, seen, windowEnd, r => endpoints.IsQuery(r.Endpoint) && (r.Subject == order || r.Subject == null) && r.AtUtc >= paidAt);
            return request is null ? await MissingAsync(context, $"{endpoints.Create} → query {order}") : CheckResult.Pass(Line(request));
        });

        await context.CheckAfterAsync(queried, MerchantQueriesPaid, MerchantRefunds, async () =>
        {
            var request = await AwaitAsync(context, suite, seen, windowEnd, r => r.Endpoint == endpoints.Refund && (r.Subject == order || r.Subject == null) && r.AtUtc >= paidAt);
            return request is null ? await MissingAsync(context, endpoints.Refund) : CheckResult.Pass(Line(request));
        });

        await context.CheckAfterAsync(created, MerchantCreatesOrder, MerchantCloses, async () =>
        {
            var request = await AwaitAsync(context, suite, seen, windowEnd, r => endpoints.IsClose(r.Endpoint) && r.Subject != order);
            return request is null ? await MissingAsync(context, "close") : CheckResult.Pass(Line(request));
        });

        return paid ? order : null;
    }

    private static string Line(SandboxRequest request) => $"{request.AtUtc:HH:mm:ss} {request.Endpoint} {request.Subject} → {request.Result}";

    /// <summary>The first accepted, successful request of the run's window that matches; null once the window has ended.</summary>
    /// <param name="seen">The run's accepted, successful requests read so far, oldest first: each poll reads only what came since.</param>
    private async Task<SandboxRequest?> AwaitAsync(GoLiveRunContext context, IGoLiveSuite suite, List<SandboxRequest> seen, DateTime windowEnd,
        Func<SandboxRequest, bool> matches)
    {
        while (true)
        {
            await using (var db = await dbFactory.CreateDbContextAsync(context.CancellationToken))
            {
                var after = seen.Count == 0 ? 0 : seen[^1].Id;
                var arrived = await db.Set<SandboxRequest>().AsNoTracking()
                    .Where(r => r.CredentialsId == context.Credentials.Id && r.Accepted && r.AtUtc >= context.Run.StartedAtUtc && r.Id > after)
                    .OrderBy(r => r.Id).ToListAsync(context.CancellationToken);
                seen.AddRange(arrived.Where(r => suite.Endpoints.IsSuccess(r.Result)));
                if (seen.FirstOrDefault(matches) is { } found)
                {
                    return found;
                }
            }

            if (context.Now >= windowEnd)
            {
                return null;
            }

            await Task.Delay(Poll, context.CancellationToken);
        }
    }

    /// <summary>The window ended without the request; how many were refused meanwhile points the merchant to the request log.</summary>
    private async Task<CheckResult> MissingAsync(GoLiveRunContext context, string expected)
    {
        await using var db = await dbFactory.CreateDbContextAsync(context.CancellationToken);
        var refused = await db.Set<SandboxRequest>().CountAsync(r => r.CredentialsId == context.Credentials.Id && !r.Accepted && r.AtUtc >= context.Run.StartedAtUtc,
            context.CancellationToken);
        return CheckResult.Fail(new GoLiveFinding("MerchantRequestMissing", expected, refused.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            $"no accepted {expected} before {context.Run.WindowEndsAtUtc:HH:mm:ss} UTC; {refused} refused");
    }
}
