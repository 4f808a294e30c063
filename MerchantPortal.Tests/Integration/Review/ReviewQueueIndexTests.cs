using System.Data.Common;
using MerchantPortal.Data;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Features.Review;
using MerchantPortal.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Tests.Integration.Review;

/// <summary>
/// The queue stays fast at 100,000 cases only while SQLite answers it from the covering index that the
/// ReviewQueue migration creates by hand (benchmarks/ReviewQueue measures it). These tests fail if a later
/// migration drops the index or a change to the query makes SQLite read the table.
/// </summary>
public class ReviewQueueIndexTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    public static TheoryData<string, ReviewQueueQuery> Queries() => new()
    {
        { "default", new ReviewQueueQuery() },
        { "platform", new ReviewQueueQuery { Platform = "alipay" } },
        { "search", new ReviewQueueQuery { Search = "示例" } },
        { "subject and industry", new ReviewQueueQuery { SubjectType = SubjectType.Enterprise, Industry = Industry.Retail } },
        { "sorted by name", new ReviewQueueQuery { Sort = ReviewQueueSort.LegalName } },
        { "in review", new ReviewQueueQuery { States = [ApplicationState.InReview] } },
        { "high risk", new ReviewQueueQuery { Risk = RiskLevel.High } },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task QueuePagesAndCounts_AreAnsweredFromTheCoveringIndex(string name, ReviewQueueQuery query)
    {
        await using var db = await factory.CreateDbContextAsync();
        var filtered = ReviewQueueService.Filter(db.Applications.AsNoTracking(), query, "reviewer");
        var page = ReviewQueueService.Sort(filtered, query).Take(25).Select(a => new { a.Id, a.Listing!.LegalName, a.Listing.Platforms, a.State, a.SlaDueAtUtc, a.ReviewRound, a.Risk });

        var plans = new[] { await PlanAsync(db, page.CreateDbCommand()), await PlanAsync(db, filtered.Select(a => a.Id).CreateDbCommand()) };

        Assert.All(plans, plan => Assert.True(plan.Contains($"USING COVERING INDEX {ReviewQueueIndex.Name}", StringComparison.Ordinal), $"{name}: {plan}"));
    }

    private static async Task<string> PlanAsync(PortalDbContext db, DbCommand command)
    {
        await db.Database.OpenConnectionAsync();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        await using var reader = await command.ExecuteReaderAsync();
        var details = new List<string>();
        while (await reader.ReadAsync())
        {
            details.Add(reader.GetString(3));
        }

        return string.Join(" | ", details);
    }
}
