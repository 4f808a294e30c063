using MerchantPortal.Domain.Credentials;
using MerchantPortal.Domain.GoLiveRuns;
using MerchantPortal.Platforms.Alipay.Client;
using MerchantPortal.Platforms.WeChatPay.Client;

namespace MerchantPortal.Features.GoLive;

/// <summary>
/// One run while it executes: its sandbox credentials, where the portal itself is reached, and the checks' progress,
/// saved and announced after each step so the page shows it as it happens.
/// </summary>
public sealed class GoLiveRunContext(
    GoLiveRun run, EnrollmentCredentials credentials, string portalOrigin, Func<Task> saveAsync, TimeProvider clock, ILogger logger, CancellationToken cancellationToken)
{
    public GoLiveRun Run => run;

    public EnrollmentCredentials Credentials => credentials;

    /// <summary>The portal's own address, for its sandbox gateways and its sample merchant receiver.</summary>
    public string PortalOrigin => portalOrigin.TrimEnd('/');

    public CancellationToken CancellationToken => cancellationToken;

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The run's order numbers: unique per run, within both platforms' rules (6–32 letters and digits).</summary>
    public string OrderNumber(string suffix) => $"GL{run.Id:N}"[..22] + suffix;

    /// <summary>Runs one check: a platform's refusal, an answer that does not verify, or an unreachable gateway fail it with what happened.</summary>
    /// <returns>Whether it passed.</returns>
    public async Task<bool> CheckAsync(GoLiveCheckKind kind, Func<Task<CheckResult>> check)
    {
        run.Begin(kind);
        await saveAsync();
        CheckResult result;
        try
        {
            result = await check();
        }
        catch (Exception e) when (e is AlipayProtocolException or WeChatPayProtocolException)
        {
            result = CheckResult.Fail(new GoLiveFinding("AnswerNotVerified", e.Message), e.Message);
        }
        catch (HttpRequestException e)
        {
            result = CheckResult.Fail(new GoLiveFinding("GatewayUnreachable", e.GetBaseException().Message), e.GetBaseException().Message);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            result = CheckResult.Fail(new GoLiveFinding("GatewayTimedOut"), "timeout");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Go-live check {Check} of run {RunId} failed unexpectedly.", kind, run.Id);
            result = CheckResult.Fail(new GoLiveFinding("Unexpected"), e.GetType().Name);
        }

        if (result.Finding is { } finding)
        {
            run.Fail(kind, finding, Now, result.Log);
        }
        else
        {
            run.Pass(kind, Now, result.Log);
        }

        await saveAsync();
        return result.Passed;
    }

    public async Task SkipAsync(GoLiveCheckKind kind, GoLiveFinding why)
    {
        run.Skip(kind, why, Now);
        await saveAsync();
    }

    /// <summary>A check that builds on <paramref name="prerequisite"/>, skipped naming it when it did not pass.</summary>
    public async Task<bool> CheckAfterAsync(bool prerequisiteHeld, GoLiveCheckKind prerequisite, GoLiveCheckKind kind, Func<Task<CheckResult>> check)
    {
        if (prerequisiteHeld)
        {
            return await CheckAsync(kind, check);
        }

        await SkipAsync(kind, new GoLiveFinding("NeedsEarlier", prerequisite.ToString()));
        return false;
    }
}
