using MerchantPortal.Domain.Accounts;
using MerchantPortal.Features.Credentials;
using MerchantPortal.Features.Onboarding.Wizard;
using MerchantPortal.Platforms.Alipay.Client;
using MerchantPortal.Platforms.Alipay.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Support;

/// <summary>An organization whose application is in review, with its Alipay sandbox app and a generated key pair.</summary>
public sealed record AlipaySandboxApp(TestAccount Owner, Guid EnrollmentId, string AppId, string PrivateKeyPem, string PlatformPublicKey)
{
    public AlipayClientOptions ClientOptions(PortalFactory factory) =>
        new(new Uri(factory.ServerAddress + AlipaySandboxEndpoints.GatewayPath), AppId, PrivateKeyPem, [PlatformPublicKey]);
}

public static class AlipaySandboxSeed
{
    public static async Task<AlipaySandboxApp> AppAsync(PortalFactory factory)
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        await WizardSeed.SubmittedAsync(factory, owner, new PlatformsStepInput { PlatformCodes = ["alipay"], InStore = true });
        return await factory.WithServicesAsync(async sp =>
        {
            var credentials = sp.GetRequiredService<CredentialService>();
            var platform = (await credentials.GetAsync(owner.Id, owner.OrganizationId!.Value))!.Platforms.Single(p => p.PlatformCode == "alipay");
            var keyId = await sp.GetRequiredService<KeyService>().GenerateKeyAsync(owner.Id, platform.EnrollmentId, keep: true, overlap: null);
            var (_, pem) = await credentials.TakePrivateKeyAsync(owner.Id, keyId);
            return new AlipaySandboxApp(owner, platform.EnrollmentId, platform.Sandbox!.AppId, pem, platform.Sandbox.PlatformKeys.Single().PublicKey);
        });
    }
}
