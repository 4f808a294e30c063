using MerchantPortal.Features.Onboarding;
using MerchantPortal.Features.Onboarding.Wizard;
using MerchantPortal.Tests.Unit.Wizard;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Support;

/// <summary>Earlier wizard steps, done through the portal's own services, so each test walks only its own part.</summary>
public static class WizardSeed
{
    /// <summary>Starts an application and completes platforms (WeChat Pay in-store unless told otherwise) and enterprise.</summary>
    public static Task<Guid> ThroughEnterpriseAsync(PortalFactory factory, TestAccount owner, PlatformsStepInput? platforms = null) =>
        factory.WithServicesAsync(async sp =>
        {
            var id = await sp.GetRequiredService<ApplicationService>().StartAsync(owner.Id, owner.OrganizationId!.Value);
            var wizard = sp.GetRequiredService<WizardService>();
            await wizard.CompletePlatformsAsync(owner.Id, id, platforms ?? new PlatformsStepInput { PlatformCodes = ["wechatpay"], InStore = true });
            var enterprise = EnterpriseStepInputTests.Valid();
            enterprise.CreditCode = CreditCodes.Next();
            await wizard.CompleteEnterpriseAsync(owner.Id, id, enterprise);
            return id;
        });

    /// <summary>Consents and saves step 4 with the contact person as legal representative (so no authorization letter is due).</summary>
    public static Task IdentityAsync(PortalFactory factory, TestAccount owner, Guid applicationId) =>
        factory.WithServicesAsync(async sp =>
        {
            var identity = sp.GetRequiredService<IdentityStepService>();
            await identity.GiveConsentAsync(owner.Id, applicationId);
            var details = IdentityStepInputValidatorTests.Valid();
            details.LegalRepresentativeName = EnterpriseStepInputTests.Valid().ContactName;
            await identity.CompleteAsync(owner.Id, applicationId, details);
            return true;
        });
}
