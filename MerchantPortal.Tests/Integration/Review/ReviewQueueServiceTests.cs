using MerchantPortal.Domain;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Scheduling;
using MerchantPortal.Features.Onboarding.Wizard;
using MerchantPortal.Features.Review;
using MerchantPortal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Review;

public class ReviewQueueServiceTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<ReviewQueueResult> QueryAsync(TestAccount reviewer, ReviewQueueQuery query) =>
        factory.WithServicesAsync(sp => sp.GetRequiredService<ReviewQueueService>().QueryAsync(reviewer.Id, query));

    private async Task<string> CreditCodeAsync(Guid applicationId)
    {
        await using var db = await factory.CreateDbContextAsync();
        return (await db.Applications.SingleAsync(a => a.Id == applicationId)).Listing!.CreditCode;
    }

    [Fact]
    public async Task Submission_PutsTheApplicationInTheQueue_WithItsSlaDueInWorkingHours()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer);
        var id = await WizardSeed.SubmittedAsync(factory, owner);

        var page = await QueryAsync(reviewer, new ReviewQueueQuery { Search = await CreditCodeAsync(id) });

        var row = Assert.Single(page.Rows);
        Assert.Equal((id, ApplicationState.Submitted, 1), (row.ApplicationId, row.State, row.Round));
        Assert.Equal(["wechatpay"], row.Platforms);
        var expected = new WorkingCalendar(ReviewSettings.PublicHolidays.Default, ReviewSettings.MakeUpWorkdays.Default).AddWorkingHours(row.SubmittedAtUtc, 24);
        Assert.Equal(expected, row.SlaDueAtUtc);
    }

    [Fact]
    public async Task Filters_PlatformAssigneeAndSearch_NarrowThePage()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var other = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer);
        var wechat = await WizardSeed.SubmittedAsync(factory, owner);
        var alipay = await WizardSeed.SubmittedAsync(factory, other, new PlatformsStepInput { PlatformCodes = ["alipay"], InStore = true });
        await ReviewSeed.ClaimAsync(factory, reviewer, alipay);
        var codes = new[] { await CreditCodeAsync(wechat), await CreditCodeAsync(alipay) };

        async Task<Guid[]> IdsAsync(ReviewQueueQuery query) =>
            [.. (await QueryAsync(reviewer, query)).Rows.Select(r => r.ApplicationId).Where(i => i == wechat || i == alipay)];

        Assert.Equal([alipay], await IdsAsync(new ReviewQueueQuery { Platform = "alipay", PageSize = 100 }));
        Assert.Equal([alipay], await IdsAsync(new ReviewQueueQuery { Assignee = AssigneeFilter.Me, PageSize = 100 }));
        Assert.DoesNotContain(alipay, await IdsAsync(new ReviewQueueQuery { Assignee = AssigneeFilter.Unassigned, PageSize = 100 }));
        Assert.Equal([alipay], await IdsAsync(new ReviewQueueQuery { States = [ApplicationState.InReview], PageSize = 100 }));
        Assert.Equal([wechat], await IdsAsync(new ReviewQueueQuery { Search = codes[0].ToLowerInvariant() }));
        Assert.Equal([wechat], await IdsAsync(new ReviewQueueQuery { Search = codes[0] }));
        var claimed = (await QueryAsync(reviewer, new ReviewQueueQuery { Search = codes[1] })).Rows.Single();
        Assert.Equal((reviewer.Id, ApplicationState.InReview), (claimed.AssigneeUserId, claimed.State));
    }

    [Fact]
    public async Task DefaultOrder_PutsTheEarliestDueFirst_AndPagesInTheDatabase()
    {
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer);
        for (var i = 0; i < 3; i++)
        {
            await WizardSeed.SubmittedAsync(factory, await factory.CreateAccountAsync(PortalRoles.Applicant));
        }

        var all = await QueryAsync(reviewer, new ReviewQueueQuery { PageSize = 100 });
        var second = await QueryAsync(reviewer, new ReviewQueueQuery { PageSize = 2, Page = 1 });

        Assert.Equal(all.Rows.Select(r => r.SlaDueAtUtc).Order(), all.Rows.Select(r => r.SlaDueAtUtc));
        Assert.Equal(all.Total, second.Total);
        Assert.Equal(all.Rows.Skip(2).Take(2).Select(r => r.ApplicationId), second.Rows.Select(r => r.ApplicationId));
    }

    [Fact]
    public async Task AnApplicant_CannotReadTheQueue()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);

        var error = await Assert.ThrowsAsync<DomainException>(() => QueryAsync(owner, new ReviewQueueQuery()));

        Assert.Equal(DomainErrors.NotStaff, error.Code);
    }
}
