using FluentValidation;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Features.Catalogue;
using MerchantPortal.Features.Onboarding;
using MerchantPortal.Features.Onboarding.Wizard;
using MerchantPortal.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Catalogue;

/// <summary>Opening and closing platforms: never one without its protocol; a closed one is offered to no new applicant.</summary>
public class CatalogueAvailabilityTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task SetOpenAsync(TestAccount admin, string code, bool open) =>
        factory.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<CatalogueService>().SetAvailableAsync(admin.Id, code, open);
            return true;
        });

    private async Task<(TestAccount Owner, Guid ApplicationId)> StartedAsync()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        return (owner, await factory.WithServicesAsync(sp => sp.GetRequiredService<ApplicationService>().StartAsync(owner.Id, owner.OrganizationId!.Value)));
    }

    private async Task<bool> OffersAsync(TestAccount applicant, string code)
    {
        var (_, page) = await (await factory.SignInAsync(applicant)).GetAsync($"/organizations/{applicant.OrganizationId}/onboarding?step={(int)WizardStep.Platforms}");
        Assert.NotNull(page.QuerySelector("[data-testid=platform-alipay]"));
        return page.QuerySelector($"[data-testid=platform-{code}]") is not null;
    }

    [Theory]
    [InlineData("applepay")]
    [InlineData("jdpay")]
    [InlineData("baiduwallet")]
    public async Task OpeningAPlatformWithoutItsProtocol_IsRefused(string code)
    {
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);

        var refused = await Assert.ThrowsAsync<DomainException>(() => SetOpenAsync(admin, code, true));

        Assert.Equal(DomainErrors.PlatformProtocolMissing, refused.Code);
        var platforms = await factory.WithServicesAsync(sp => sp.GetRequiredService<PlatformCatalogue>().ListAsync());
        Assert.False(platforms.Single(p => p.Code == code).IsAvailable);
    }

    [Fact]
    public async Task ClosingWeChatPay_HidesItFromNewApplicants_WhileAnApplicationThatChoseItKeepsIt()
    {
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        var (chose, choseId) = await StartedAsync();
        await factory.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<WizardService>().CompletePlatformsAsync(chose.Id, choseId, new PlatformsStepInput { PlatformCodes = ["wechatpay"], InStore = true });
            return true;
        });
        var (newcomer, newcomerId) = await StartedAsync();

        await SetOpenAsync(admin, "wechatpay", false);
        try
        {
            Assert.False(await OffersAsync(newcomer, "wechatpay"));
            Assert.True(await OffersAsync(chose, "wechatpay"));
            // Platforms still to come (Apple Pay) stay listed: closing is not the same as not built yet.
            Assert.True(await OffersAsync(newcomer, "applepay"));
            await Assert.ThrowsAsync<ValidationException>(() => factory.WithServicesAsync(async sp =>
            {
                await sp.GetRequiredService<WizardService>().CompletePlatformsAsync(newcomer.Id, newcomerId,
                    new PlatformsStepInput { PlatformCodes = ["wechatpay"], InStore = true, KeptCodes = ["wechatpay"] });
                return true;
            }));
            await factory.WithServicesAsync(async sp =>
            {
                // Saved again with another scene: the platform chosen before the closing is kept.
                await sp.GetRequiredService<WizardService>().CompletePlatformsAsync(chose.Id, choseId, new PlatformsStepInput { PlatformCodes = ["wechatpay"], Online = true });
                return true;
            });
        }
        finally
        {
            await SetOpenAsync(admin, "wechatpay", true);
        }

        Assert.True(await OffersAsync(newcomer, "wechatpay"));
    }
}
