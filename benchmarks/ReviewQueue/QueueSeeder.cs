using MerchantPortal.Data;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Organizations;
using MerchantPortal.Domain.Review;
using MerchantPortal.Domain.Scheduling;
using MerchantPortal.Domain.Workflow;
using MerchantPortal.Features.Review;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ReviewQueue;

/// <summary>
/// Fills a database with submitted applications the way the portal makes them: each organization, its
/// application walked through the state machine (history rows included) and submitted with a listing and an
/// SLA due time, then spread over the review states with a handful of reviewers.
/// </summary>
public static class QueueSeeder
{
    private static readonly string[] Platforms = ["alipay", "wechatpay", "applepay", "jdpay", "baiduwallet"];
    private static readonly string[] Words = ["福州", "厦门", "泉州", "上海", "北京", "深圳", "杭州", "成都", "示例", "华联", "鑫源", "博雅", "康宁", "明德", "家乐", "优品"];
    private static readonly string[] Kinds = ["餐饮管理有限公司", "商贸有限公司", "科技有限公司", "医院", "学校", "超市", "便利店"];

    public static async Task<IReadOnlyList<string>> SeedAsync(IDbContextFactory<PortalDbContext> factory, int count)
    {
        await using (var db = factory.CreateDbContext())
        {
            await db.Database.MigrateAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;");
        }

        var reviewers = await ReviewersAsync(factory);
        var random = new Random(20261125);
        var calendar = new WorkingCalendar(ReviewSettings.PublicHolidays.Default, ReviewSettings.MakeUpWorkdays.Default);
        var now = DateTime.UtcNow;
        const int batch = 5000;
        for (var start = 0; start < count; start += batch)
        {
            await using var db = factory.CreateDbContext();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = start; i < Math.Min(count, start + batch); i++)
            {
                var (organization, application) = Application(i, random, reviewers, calendar, now);
                db.Organizations.Add(organization);
                db.Applications.Add(application);
            }

            await db.SaveChangesAsync();
            Console.Write($"\rseeded {Math.Min(count, start + batch):N0} / {count:N0}");
        }

        Console.WriteLine();
        return reviewers;
    }

    private static (Organization, OnboardingApplication) Application(int i, Random random, IReadOnlyList<string> reviewers, WorkingCalendar calendar, DateTime now)
    {
        var owner = reviewers[0];
        var submitted = now.AddMinutes(-random.Next(0, 60 * 24 * 90));
        var organization = Organization.Create($"基准单位 {i:D6}", owner, submitted.AddDays(-3));
        var application = OnboardingApplication.Start(organization.Id, owner, submitted.AddDays(-3));
        var applicant = new Actor(owner, Party.Applicant);
        foreach (var step in new[] { ApplicationTrigger.CompletePlatforms, ApplicationTrigger.CompleteEnterprise, ApplicationTrigger.CompleteDocuments, ApplicationTrigger.CompleteIdentity })
        {
            application.Fire(step, applicant, submitted.AddHours(-1), ApplicationFacts.None);
        }

        var name = $"{Words[random.Next(Words.Length)]}{Words[random.Next(Words.Length)]}{Kinds[random.Next(Kinds.Length)]}{i}";
        var code = $"91{random.Next(100000, 999999)}{i:D9}X"[..18];
        var platforms = Platforms.Where(_ => random.Next(3) == 0).DefaultIfEmpty(Platforms[random.Next(2)]);
        var listing = new ReviewListing(name, code, (SubjectType)random.Next(Enum.GetValues<SubjectType>().Length),
            (Industry)random.Next(Enum.GetValues<Industry>().Length), ReviewListing.PlatformKey(platforms));
        // About one case in twenty is high risk and one in six medium, as the checks might find.
        var risk = random.Next(100) switch { < 5 => RiskLevel.High, < 20 => RiskLevel.Medium, _ => RiskLevel.Low };
        application.Submit(applicant, submitted, new ApplicationFacts(true, true, risk), listing, at => calendar.AddWorkingHours(at, 24));
        var reviewer = new Actor(reviewers[1 + random.Next(reviewers.Count - 1)], Party.Staff);
        var fate = random.Next(100);
        if (fate >= 30)
        {
            application.Assign(reviewer.UserId, reviewer, submitted.AddHours(2));
        }

        if (fate >= 55 && fate < 65)
        {
            application.Fire(ApplicationTrigger.RequestChanges, reviewer, submitted.AddHours(3), ApplicationFacts.None, "请补充材料");
        }
        else if (fate >= 65 && fate < 90)
        {
            application.Approve(reviewer, submitted.AddHours(3), risk, "benchmark");
        }
        else if (fate >= 90)
        {
            application.Fire(ApplicationTrigger.Reject, reviewer, submitted.AddHours(3), ApplicationFacts.None, "资料不实");
        }

        return (organization, application);
    }

    /// <summary>One applicant who owns the seeded organizations and eight reviewers; the first id is the applicant's.</summary>
    private static async Task<IReadOnlyList<string>> ReviewersAsync(IDbContextFactory<PortalDbContext> factory)
    {
        await using var db = factory.CreateDbContext();
        var role = new IdentityRole(PortalRoles.Reviewer) { NormalizedName = PortalRoles.Reviewer.ToUpperInvariant() };
        db.Roles.Add(role);
        var users = Enumerable.Range(0, 9).Select(i => new ApplicationUser
        {
            UserName = $"bench{i}@example.test",
            NormalizedUserName = $"BENCH{i}@EXAMPLE.TEST",
            Email = $"bench{i}@example.test",
            NormalizedEmail = $"BENCH{i}@EXAMPLE.TEST",
            DisplayName = i == 0 ? "Bench applicant" : $"Reviewer {i}",
            SecurityStamp = Guid.NewGuid().ToString(),
        }).ToList();
        db.Users.AddRange(users);
        db.UserRoles.AddRange(users.Skip(1).Select(u => new IdentityUserRole<string> { UserId = u.Id, RoleId = role.Id }));
        await db.SaveChangesAsync();
        return [.. users.Select(u => u.Id)];
    }
}
