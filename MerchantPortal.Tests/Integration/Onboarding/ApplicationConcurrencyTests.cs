using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Workflow;
using MerchantPortal.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Tests.Integration.Onboarding;

public class ApplicationConcurrencyTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory factory;

    public ApplicationConcurrencyTests(PortalFactory factory) => this.factory = factory;

    [Fact]
    public async Task TwoMovesOnOneApplication_FromTwoContexts_ExactlyOneWins_AndTheLoserWritesNothing()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var application = OnboardingApplication.Start(owner.OrganizationId!.Value, owner.Id, DateTime.UtcNow);
        await using (var setup = await factory.CreateDbContextAsync())
        {
            setup.Applications.Add(application);
            await setup.SaveChangesAsync();
        }

        await using var first = await factory.CreateDbContextAsync();
        await using var second = await factory.CreateDbContextAsync();
        var a = await first.Applications.SingleAsync(x => x.Id == application.Id);
        var b = await second.Applications.SingleAsync(x => x.Id == application.Id);
        a.Fire(ApplicationTrigger.CompletePlatforms, new Actor(owner.Id, Party.Applicant), DateTime.UtcNow, ApplicationFacts.None);
        b.Fire(ApplicationTrigger.Withdraw, new Actor(owner.Id, Party.Applicant), DateTime.UtcNow, ApplicationFacts.None, "changed my mind");

        var outcomes = await Task.WhenAll(TrySaveAsync(first), TrySaveAsync(second));

        Assert.Single(outcomes, o => o is null);
        var loser = Assert.Single(outcomes, o => o is not null);
        Assert.Equal(DomainErrors.ConcurrentChange, loser!.Code);
        await using var check = await factory.CreateDbContextAsync();
        var stored = await check.Applications.Include(x => x.History).SingleAsync(x => x.Id == application.Id);
        Assert.Equal(2, stored.History.Count);
        Assert.Equal(stored.History.OrderBy(h => h.Id).Last().To, stored.State);
    }

    private static async Task<DomainException?> TrySaveAsync(PortalDbContext db)
    {
        try
        {
            await db.SaveChangesOrConflictAsync();
            return null;
        }
        catch (DomainException e)
        {
            return e;
        }
    }
}
