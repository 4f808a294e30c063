using MerchantPortal.Data;
using MerchantPortal.Domain.GoLiveRuns;
using MerchantPortal.Features.Credentials;
using MerchantPortal.Features.GoLive;
using MerchantPortal.Features.Review;
using MerchantPortal.Features.SampleMerchant;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Support;

/// <summary>Go-live runs and the review's approval, through the services the pages use.</summary>
public static class GoLiveSeed
{
    public static string SampleReceiver(PortalFactory factory, string platformCode, string id, string? behaviour = null) =>
        $"{factory.ServerAddress}{SampleMerchantEndpoints.BasePath}/{platformCode}/{id}" + (behaviour is null ? "" : $"?behaviour={behaviour}");

    public static Task SetNotifyUrlAsync(PortalFactory factory, TestAccount owner, Guid enrollmentId, string url) =>
        factory.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<CredentialService>().SetNotifyUrlAsync(owner.Id, enrollmentId, url);
            return true;
        });

    /// <summary>Starts a run as the owner and waits for its verdict.</summary>
    public static async Task<GoLiveRun> RunAsync(PortalFactory factory, TestAccount owner, Guid enrollmentId)
    {
        var runId = await factory.WithServicesAsync(sp => sp.GetRequiredService<GoLiveService>().StartRunAsync(owner.Id, enrollmentId));
        return await FinishedAsync(factory, runId);
    }

    public static async Task<GoLiveRun> FinishedAsync(PortalFactory factory, Guid runId, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(90));
        while (true)
        {
            await using (var db = await factory.CreateDbContextAsync())
            {
                var run = await db.GoLiveRuns.AsNoTracking().Include(r => r.Checks).SingleAsync(r => r.Id == runId);
                if (!run.IsRunning)
                {
                    return run;
                }

                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"Run {runId} is still running: {string.Join(", ", run.Checks.Select(c => $"{c.Kind}={c.Status}"))}");
                }
            }

            await Task.Delay(200);
        }
    }

    public static async Task<Guid> ApplicationOfAsync(PortalFactory factory, Guid enrollmentId)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.Enrollments.Where(e => e.Id == enrollmentId).Select(e => e.ApplicationId).SingleAsync();
    }

    /// <summary>The reviewer claims the (low-risk) case, approves its documents and the application.</summary>
    public static async Task ApproveAsync(PortalFactory factory, TestAccount reviewer, TestAccount owner, Guid applicationId)
    {
        await ReviewSeed.ClaimAsync(factory, reviewer, applicationId);
        await ReviewSeed.ApproveAllDocumentsAsync(factory, reviewer, owner, applicationId);
        await factory.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<CaseDecisionService>().ApproveAsync(reviewer.Id, applicationId);
            return true;
        });
    }
}
