using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Requirements;
using MerchantPortal.Features.Onboarding;
using MerchantPortal.Features.Onboarding.Wizard;
using MerchantPortal.Features.Requirements;
using MerchantPortal.Tests.Support;
using MerchantPortal.Tests.Unit.Wizard;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Requirements;

public class RequirementVersionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<Guid> ApplicationWithStepsAsync(string creditCode)
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        return await factory.WithServicesAsync(async sp =>
        {
            var id = await sp.GetRequiredService<ApplicationService>().StartAsync(owner.Id, owner.OrganizationId!.Value);
            var wizard = sp.GetRequiredService<WizardService>();
            await wizard.CompletePlatformsAsync(owner.Id, id, new PlatformsStepInput { PlatformCodes = ["wechatpay"], InStore = true });
            var enterprise = EnterpriseStepInputTests.Valid();
            enterprise.CreditCode = creditCode;
            await wizard.CompleteEnterpriseAsync(owner.Id, id, enterprise);
            return id;
        });
    }

    [Fact]
    public async Task ARuleChange_ChangesADraftsSet_ButNotASubmittedOne()
    {
        var draft = await ApplicationWithStepsAsync("91350100M000100Y43");
        var submitted = await ApplicationWithStepsAsync("9144030071526726XG");
        var requirements = factory.Services.CreateScope().ServiceProvider.GetRequiredService<RequirementsService>();
        Assert.Contains(DocumentKind.StorefrontPhoto, await requirements.DueAsync(draft));
        Assert.Contains(DocumentKind.TaxRegistration, await requirements.DueAsync(draft));
        await requirements.SnapshotAsync(submitted);

        // An admin relaxes the tax registration certificate, as the source article allows.
        var version = await requirements.PublishAsync((await requirements.CurrentRulesAsync()).Where(r => r.Document != DocumentKind.TaxRegistration));

        Assert.Equal(2, version);
        Assert.DoesNotContain(DocumentKind.TaxRegistration, await requirements.DueAsync(draft));
        Assert.Contains(DocumentKind.TaxRegistration, await requirements.DueAsync(submitted));
        await requirements.SnapshotAsync(submitted);
        Assert.Contains(DocumentKind.TaxRegistration, await requirements.DueAsync(submitted));
    }
}
