using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Requirements;
using MerchantPortal.Features.Requirements;
using MerchantPortal.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Requirements;

public class RequirementVersionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ARuleChange_ChangesADraftsSet_ButNotASubmittedOne()
    {
        var draft = await WizardSeed.ThroughEnterpriseAsync(factory, await factory.CreateAccountAsync(PortalRoles.Applicant));
        var submitted = await WizardSeed.ThroughEnterpriseAsync(factory, await factory.CreateAccountAsync(PortalRoles.Applicant));
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
