using MerchantPortal.Data;
using MerchantPortal.Data.Counters;
using MerchantPortal.Domain.Enrollments;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Workflow;
using MerchantPortal.Features.Dashboard;
using MerchantPortal.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Dashboard;

/// <summary>
/// The dashboard's per-day counts, kept by every save of an application, against the same counts computed from the
/// rows by the migration's SQL (its own portal: these tests move the seed's applications further).
/// </summary>
public class DashboardCountsTests(DashboardSeed seed) : IClassFixture<DashboardSeed>
{
    private DateTime Now => seed.Factory.Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task APlatformGoingLive_IsCountedForEveryScope_AndTheCountsMatchTheRows()
    {
        await GoLiveOnAlipayAsync();
        var filter = DashboardFilter.LastDays(DateOnly.FromDateTime(ChinaTime.FromUtc(Now))) with { Platform = "wechatpay" };

        var view = await seed.Factory.WithServicesAsync(sp => sp.GetRequiredService<DashboardService>().GetAsync(seed.Admin.Id, filter));
        var list = await seed.Factory.WithServicesAsync(sp => sp.GetRequiredService<DashboardService>()
            .ListAsync(seed.Admin.Id, filter, new(DashboardMetric.PlatformLive, "alipay"), 0, 10));

        Assert.Equal(new PlatformCount("alipay", 1, 1), view.Platforms.Single(p => p.Code == "alipay"));
        Assert.Equal(seed.Approved, Assert.Single(list.Rows).ApplicationId);
        Assert.Equal(1, view.Funnel.Single(f => f.Stage == FunnelStage.Live).Applications);
        await AssertCountsMatchTheRowsAsync();
    }

    [Fact]
    public async Task ASaveThatFails_LeavesTheCountsAsTheyWere()
    {
        await using var first = await seed.Factory.CreateDbContextAsync();
        await using var second = await seed.Factory.CreateDbContextAsync();
        var draft = await first.Applications.SingleAsync(a => a.Id == seed.Draft);
        var stale = await second.Applications.SingleAsync(a => a.Id == seed.Draft);
        var applicant = new Actor(seed.Admin.Id, Party.Applicant);
        draft.Fire(ApplicationTrigger.Withdraw, applicant, Now, ApplicationFacts.None);
        await first.SaveChangesAsync();

        stale.RecordTestsPassed();
        stale.Fire(ApplicationTrigger.Withdraw, applicant, Now, ApplicationFacts.None);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await AssertCountsMatchTheRowsAsync();
    }

    private async Task GoLiveOnAlipayAsync()
    {
        await using var db = await seed.Factory.CreateDbContextAsync();
        var enrollment = await db.Enrollments.SingleAsync(e => e.ApplicationId == seed.Approved && e.PlatformCode == "alipay");
        if (enrollment.State == EnrollmentState.Live)
        {
            return;
        }

        var application = await db.Applications.SingleAsync(a => a.Id == seed.Approved);
        enrollment.RecordTestRun(true, new Actor(seed.Admin.Id, Party.System), Now);
        application.RecordTestsPassed();
        enrollment.Fire(EnrollmentTrigger.RequestGoLive, new Actor(seed.Admin.Id, Party.Applicant), Now, new EnrollmentFacts(true, true, true));
        enrollment.Fire(EnrollmentTrigger.GoLive, new Actor(seed.Reviewer.Id, Party.Staff), Now, new EnrollmentFacts(true, ConfirmerIndependent: true));
        application.RecordLive("alipay", Now, await db.Organizations.Where(o => o.Id == application.OrganizationId).Select(o => o.CreatedAtUtc).SingleAsync());
        await db.SaveChangesAsync();
    }

    /// <summary>The counts kept so far equal those the migration's backfill computes from the applications as they are now.</summary>
    private async Task AssertCountsMatchTheRowsAsync()
    {
        await using var db = await seed.Factory.CreateDbContextAsync();
        var kept = await CountsAsync(db);
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.DashboardCounts.ExecuteDeleteAsync();
        await db.Database.ExecuteSqlRawAsync(DashboardCountsBackfill.Sql);
        var computed = await CountsAsync(db);
        await transaction.RollbackAsync();

        Assert.NotEmpty(kept);
        Assert.Equal(computed, kept);
    }

    private static async Task<List<string>> CountsAsync(PortalDbContext db) =>
        [.. (await db.DashboardCounts.AsNoTracking().Where(c => c.Count != 0).ToListAsync())
            .Select(c => $"{c.Figure} {c.Platform} {c.SubjectType} {c.Industry} {c.Day:yyyy-MM-dd} {c.Key} = {c.Count}").Order(StringComparer.Ordinal)];
}
