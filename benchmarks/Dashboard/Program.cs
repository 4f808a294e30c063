using System.Diagnostics;
using System.Globalization;
using Benchmarks;
using Dashboard;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Features.Dashboard;
using MerchantPortal.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// Seeds N organizations with a year of onboarding (default 100,000) and M audit entries (default 2,000,000) into
// a fresh SQLite file, then times every dashboard query and the whole dashboard for five filters. See docs/benchmarks.md.
// Usage: [organizations] [runs] [audit entries] [--database <file>]; an existing --database file is measured as it is.
var numbers = args.Where(a => int.TryParse(a, out _)).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
var count = numbers.ElementAtOrDefault(0) is > 0 and var c ? c : 100_000;
var runs = numbers.ElementAtOrDefault(1) is > 0 and var r ? r : 30;
var auditEntries = numbers.Length > 2 ? numbers[2] : 2_000_000;
var databaseIndex = Array.IndexOf(args, "--database");
var path = databaseIndex >= 0 ? Path.GetFullPath(args[databaseIndex + 1]) : Path.Combine(Path.GetTempPath(), $"dashboard-{count}.db");
var reuse = databaseIndex >= 0 && File.Exists(path);
if (!reuse)
{
    foreach (var file in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
    {
        File.Delete(file);
    }
}

var services = BenchmarkPortal.Create(path);
var factory = services.Database();
var now = DateTime.UtcNow;
if (!reuse)
{
    var seeding = Stopwatch.StartNew();
    await DashboardSeeder.SeedAsync(factory, count, auditEntries, now);
    Console.WriteLine($"seeded in {seeding.Elapsed.TotalSeconds:F0} s into {path}");
}

string adminId;
await using (var db = factory.CreateDbContext())
{
    // A database seeded by an earlier build gets this build's schema (and the migrations' backfills) first.
    await db.Database.MigrateAsync();
    adminId = await db.UserIdsInRole(MerchantPortal.Domain.Accounts.PortalRoles.Admin).FirstAsync();
    var version = await db.Database.SqlQueryRaw<string>("SELECT sqlite_version() AS \"Value\"").SingleAsync();
    Console.WriteLine($"{await db.Organizations.CountAsync():N0} organizations, {await db.Applications.CountAsync():N0} applications, "
        + $"{await db.ApplicationTransitions.CountAsync():N0} moves, {await db.AuditEntries.CountAsync():N0} audit entries; "
        + $"SQLite {version}, .NET {Environment.Version}, {Environment.ProcessorCount} cores");
}

var today = DateOnly.FromDateTime(ChinaTime.FromUtc(now));
var filters = new (string Name, DashboardFilter Filter)[]
{
    ("30 days", DashboardFilter.LastDays(today)),
    ("30 days, Alipay", DashboardFilter.LastDays(today) with { Platform = "alipay" }),
    ("30 days, enterprise, retail", DashboardFilter.LastDays(today) with { SubjectType = SubjectType.Enterprise, Industry = Industry.Retail }),
    ("365 days", DashboardFilter.LastDays(today, 365)),
    ("365 days, WeChat Pay", DashboardFilter.LastDays(today, 365) with { Platform = "wechatpay" }),
};
var queries = new (string Name, Func<DashboardQueries, Task<object?>> Run)[]
{
    ("applications by state", async q => await q.StatesAsync()),
    ("started in period", async q => await q.CountAsync(new(DashboardMetric.Started))),
    ("submitted in period", async q => await q.CountAsync(new(DashboardMetric.Submitted))),
    ("approved in period", async q => await q.CountAsync(new(DashboardMetric.Approved))),
    ("rejected in period", async q => await q.CountAsync(new(DashboardMetric.Rejected))),
    ("review backlog", async q => await q.CountAsync(new(DashboardMetric.Backlog))),
    ("SLA breaches", async q => await q.CountAsync(new(DashboardMetric.SlaBreached))),
    ("went live in period", async q => await q.CountAsync(new(DashboardMetric.WentLive))),
    ("median submit -> decision", async q => await q.MedianDecisionMinutesAsync()),
    ("median sign-up -> live", async q => await q.MedianSignUpToLiveMinutesAsync()),
    ("funnel", async q => await q.FunnelAsync()),
    ("time in each state", async q => await q.TimeInStateAsync()),
    ("top rejection reasons", async q => await q.RejectionReasonsAsync(DashboardService.TopReasons)),
    ("platform mix and live", async q => await q.PlatformsAsync()),
    ("daily trend", async q => await q.TrendAsync()),
};

Console.WriteLine($"{"filter",-30} {"query",-28} {"median ms",10} {"p95 ms",8} {"max ms",8}");
var dashboard = services.CreateScope().ServiceProvider.GetRequiredService<DashboardService>();
var worst = 0.0;
foreach (var (filterName, filter) in filters)
{
    foreach (var (name, run) in queries)
    {
        var times = await TimeAsync(async () =>
        {
            await using var db = factory.CreateDbContext();
            await run(new DashboardQueries(db, filter, now));
        });
        worst = Math.Max(worst, times.P95);
        Console.WriteLine($"{filterName,-30} {name,-28} {times.Median,10:F1} {times.P95,8:F1} {times.Max,8:F1}");
    }

    var page = await TimeAsync(() => dashboard.GetAsync(adminId, filter));
    Console.WriteLine($"{filterName,-30} {"whole dashboard (all above)",-28} {page.Median,10:F1} {page.P95,8:F1} {page.Max,8:F1}");
}

Console.WriteLine($"slowest query p95: {worst:F1} ms");

async Task<(double Median, double P95, double Max)> TimeAsync(Func<Task> action)
{
    await action();
    var times = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        var watch = Stopwatch.StartNew();
        await action();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    return (times[times.Count / 2], times[(int)Math.Ceiling(times.Count * 0.95) - 1], times[^1]);
}
