using System.Diagnostics;
using Benchmarks;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Features.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReviewQueue;

// Seeds N submitted applications into a fresh SQLite file (default 100,000), then times the review queue's
// page and filter queries through ReviewQueueService, as the queue page calls them. See docs/benchmarks.md.
var count = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
var runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 30;
var path = Path.Combine(Path.GetTempPath(), $"review-queue-{count}.db");
foreach (var file in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
{
    File.Delete(file);
}

var services = BenchmarkPortal.Create(path);
var factory = services.Database();
var seeding = Stopwatch.StartNew();
var people = await QueueSeeder.SeedAsync(factory, count);
Console.WriteLine($"seeded {count:N0} applications in {seeding.Elapsed.TotalSeconds:F0} s into {path}");
var reviewer = people[1];
var queue = services.CreateScope().ServiceProvider.GetRequiredService<ReviewQueueService>();
string sampleName;
await using (var db = factory.CreateDbContext())
{
    sampleName = (await db.Applications.OrderBy(a => a.Id).Select(a => a.Listing!.LegalName).FirstAsync())[2..6];
    var version = await db.Database.SqlQueryRaw<string>("SELECT sqlite_version() AS \"Value\"").SingleAsync();
    Console.WriteLine($"SQLite {version}, .NET {Environment.Version}, {Environment.ProcessorCount} cores");
}

var cases = new (string Name, ReviewQueueQuery Query)[]
{
    ("default: waiting, SLA due first, page 1", new ReviewQueueQuery()),
    ("waiting, page 200", new ReviewQueueQuery { Page = 200 }),
    ("sorted by submitted, newest first", new ReviewQueueQuery { Sort = ReviewQueueSort.Submitted, Descending = true }),
    ("sorted by name", new ReviewQueueQuery { Sort = ReviewQueueSort.LegalName }),
    ("state = in review", new ReviewQueueQuery { States = [ApplicationState.InReview] }),
    ("all states", new ReviewQueueQuery { States = [.. Enum.GetValues<ApplicationState>().Where(s => s >= ApplicationState.Submitted)] }),
    ("platform = jdpay", new ReviewQueueQuery { Platform = "jdpay" }),
    ("subject type + industry", new ReviewQueueQuery { SubjectType = SubjectType.Enterprise, Industry = Industry.Retail }),
    ("risk = high", new ReviewQueueQuery { Risk = RiskLevel.High }),
    ("submitted in the last 7 days", new ReviewQueueQuery { SubmittedFrom = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-7)) }),
    ("assigned to me", new ReviewQueueQuery { Assignee = AssigneeFilter.Me }),
    ("unassigned", new ReviewQueueQuery { Assignee = AssigneeFilter.Unassigned }),
    ($"search name \"{sampleName}\"", new ReviewQueueQuery { Search = sampleName }),
    ("search credit code prefix \"9110\"", new ReviewQueueQuery { Search = "9110" }),
};

Console.WriteLine($"{"query",-45} {"rows",8} {"median ms",10} {"p95 ms",8} {"max ms",8}");
foreach (var (name, query) in cases)
{
    await queue.QueryAsync(reviewer, query);
    var times = new List<double>();
    var total = 0;
    for (var i = 0; i < runs; i++)
    {
        var watch = Stopwatch.StartNew();
        total = (await queue.QueryAsync(reviewer, query)).Total;
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    Console.WriteLine($"{name,-45} {total,8:N0} {times[times.Count / 2],10:F1} {times[(int)(times.Count * 0.95)],8:F1} {times[^1],8:F1}");
}
