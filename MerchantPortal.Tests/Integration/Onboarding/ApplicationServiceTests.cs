using MerchantPortal.Domain;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Features.Onboarding;
using MerchantPortal.Features.Onboarding.Wizard;
using MerchantPortal.Features.Organizations;
using MerchantPortal.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Onboarding;

public class ApplicationServiceTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory factory;

    public ApplicationServiceTests(PortalFactory factory) => this.factory = factory;

    private Task<T> Use<T>(Func<ApplicationService, Task<T>> action) =>
        factory.WithServicesAsync(sp => action(sp.GetRequiredService<ApplicationService>()));

    [Fact]
    public async Task Owner_StartsOneApplication_ASecondIsRefused_UntilTheFirstIsWithdrawn()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var organizationId = owner.OrganizationId!.Value;

        var first = await Use(s => s.StartAsync(owner.Id, organizationId));
        var again = await Assert.ThrowsAsync<DomainException>(() => Use(s => s.StartAsync(owner.Id, organizationId)));
        Assert.Equal(DomainErrors.ApplicationAlreadyOpen, again.Code);

        await Use(async s => { await s.WithdrawAsync(owner.Id, first, "wrong platform"); return 0; });
        var second = await Use(s => s.StartAsync(owner.Id, organizationId));

        var overview = await Use(s => s.GetOverviewAsync(owner.Id, organizationId));
        Assert.Equal(second, overview!.ApplicationId);
        Assert.Equal(ApplicationState.ChoosingPlatforms, overview.State);
        Assert.True(overview.CanWithdraw);
        Assert.False(overview.CanStart);
    }

    [Fact]
    public async Task Staff_OfTheOrganization_CannotStartOrWithdraw()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var colleague = await factory.CreateAccountAsync(PortalRoles.Applicant);
        await factory.WithServicesAsync(async sp =>
        {
            var invitations = sp.GetRequiredService<InvitationService>();
            string? token = null;
            await invitations.InviteAsync(owner.Id, owner.OrganizationId!.Value, new InviteMemberInput { Email = colleague.Email }, "zh-CN",
                t => token = t);
            return await invitations.AcceptAsync(colleague.Id, token!);
        });
        var applicationId = await Use(s => s.StartAsync(owner.Id, owner.OrganizationId!.Value));

        var start = await Assert.ThrowsAsync<DomainException>(() => Use(s => s.StartAsync(colleague.Id, owner.OrganizationId!.Value)));
        var withdraw = await Assert.ThrowsAsync<DomainException>(() => Use(async s => { await s.WithdrawAsync(colleague.Id, applicationId, null); return 0; }));

        Assert.Equal(DomainErrors.OwnerOnly, start.Code);
        Assert.Equal(DomainErrors.OwnerOnly, withdraw.Code);
        var overview = await Use(s => s.GetOverviewAsync(colleague.Id, owner.OrganizationId!.Value));
        Assert.False(overview!.CanWithdraw);
    }

    [Fact]
    public async Task ApplicantMoves_AreRefusedToStaff_AndStaffMoves_ToApplicants()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var outsider = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var applicationId = await WizardSeed.SubmittedAsync(factory, owner);

        var staffMove = await Assert.ThrowsAsync<DomainException>(() => factory.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<WizardService>().CompletePlatformsAsync(reviewer.Id, applicationId, new PlatformsStepInput { PlatformCodes = ["alipay"], InStore = true });
            return 0;
        }));
        var applicantClaims = await Assert.ThrowsAsync<DomainException>(() => ReviewSeed.ClaimAsync(factory, owner, applicationId));
        var outsiderClaims = await Assert.ThrowsAsync<DomainException>(() => ReviewSeed.ClaimAsync(factory, outsider, applicationId));

        Assert.Equal(DomainErrors.ApplicationNotFound, staffMove.Code);
        Assert.Equal(DomainErrors.NotStaff, applicantClaims.Code);
        Assert.Equal(DomainErrors.NotStaff, outsiderClaims.Code);
        Assert.Null(await Use(s => s.GetOverviewAsync(outsider.Id, owner.OrganizationId!.Value)));
        Assert.Equal(ApplicationState.Submitted, (await Use(s => s.GetOverviewAsync(owner.Id, owner.OrganizationId!.Value)))!.State);
    }
}
