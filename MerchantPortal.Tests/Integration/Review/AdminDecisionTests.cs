using MerchantPortal.Domain;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Features.Review;
using MerchantPortal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Review;

public class AdminDecisionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task Decide(Func<CaseDecisionService, Task> decide) =>
        factory.WithServicesAsync(async sp =>
        {
            await decide(sp.GetRequiredService<CaseDecisionService>());
            return true;
        });

    [Fact]
    public async Task OnlyAnAdmin_SuspendsAndReinstates_AnApprovedApplication_WithAReason()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        var id = await WizardSeed.SubmittedAsync(factory, owner);
        await ReviewSeed.ClaimAsync(factory, reviewer, id);
        await ReviewSeed.ApproveAllDocumentsAsync(factory, reviewer, owner, id);
        await Decide(d => d.ApproveAsync(reviewer.Id, id));

        var byReviewer = await Assert.ThrowsAsync<DomainException>(() => Decide(d => d.SuspendAsync(reviewer.Id, id, "投诉")));
        var withoutReason = await Assert.ThrowsAsync<DomainException>(() => Decide(d => d.SuspendAsync(admin.Id, id, " ")));
        await Decide(d => d.SuspendAsync(admin.Id, id, "收到交易投诉，暂停核查"));
        await Decide(d => d.ReinstateAsync(admin.Id, id, "核查完毕"));

        Assert.Equal(DomainErrors.TriggerNotForParty, byReviewer.Code);
        Assert.Equal(DomainErrors.ReasonRequired, withoutReason.Code);
        await using var db = await factory.CreateDbContextAsync();
        var history = await db.ApplicationTransitions.Where(t => t.ApplicationId == id).OrderBy(t => t.Id).Select(t => new { t.Trigger, t.Reason }).ToListAsync();
        Assert.Equal([ApplicationTrigger.Approve, ApplicationTrigger.Suspend, ApplicationTrigger.Reinstate], history.TakeLast(3).Select(h => h.Trigger));
        Assert.Equal("收到交易投诉，暂停核查", history[^2].Reason);
        Assert.Equal(ApplicationState.Approved, (await db.Applications.SingleAsync(a => a.Id == id)).State);
    }

    [Fact]
    public async Task AStaffMemberOfTheOrganization_CannotActOnItsCase()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var id = await WizardSeed.SubmittedAsync(factory, owner);
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        await using (var db = await factory.CreateDbContextAsync())
        {
            db.OrganizationMembers.Add(new Domain.Organizations.OrganizationMember(owner.OrganizationId!.Value, reviewer.Id, Domain.Organizations.MemberRole.Staff, DateTime.UtcNow));
            await db.SaveChangesAsync();
        }

        var error = await Assert.ThrowsAsync<DomainException>(() => ReviewSeed.ClaimAsync(factory, reviewer, id));

        Assert.Equal(DomainErrors.OwnOrganization, error.Code);
    }
}
