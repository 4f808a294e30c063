using MerchantPortal.Domain.Accounts;
using MerchantPortal.Features.Credentials;
using MerchantPortal.Features.Onboarding.Wizard;
using MerchantPortal.Platforms.WeChatPay.Client;
using MerchantPortal.Platforms.WeChatPay.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Support;

/// <summary>An organization in review with its WeChat Pay sandbox merchant: an API certificate generated here, an API v3 key, the platform's key.</summary>
public sealed record WeChatPaySandboxApp(TestAccount Owner, Guid EnrollmentId, string MchId, string AppId, string MerchantSerial, string PrivateKeyPem, string ApiV3Key,
    ApiKeysView.Key PlatformKey)
{
    public WeChatPayClientOptions ClientOptions(PortalFactory factory) => new(new Uri(factory.ServerAddress + WeChatPaySandboxEndpoints.BasePath), MchId, AppId,
        MerchantSerial, PrivateKeyPem, new Dictionary<string, string> { [PlatformKey.KeyId!] = PlatformKey.PublicKeyPem, [PlatformKey.CertificateSerial!] = PlatformKey.CertificatePem! });
}

public static class WeChatPaySandboxSeed
{
    public static async Task<WeChatPaySandboxApp> AppAsync(PortalFactory factory)
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        await WizardSeed.SubmittedAsync(factory, owner, new PlatformsStepInput { PlatformCodes = ["wechatpay"], InStore = true });
        return await factory.WithServicesAsync(async sp =>
        {
            var credentials = sp.GetRequiredService<CredentialService>();
            var keys = sp.GetRequiredService<KeyService>();
            var enrollmentId = (await credentials.GetAsync(owner.Id, owner.OrganizationId!.Value))!.Platforms.Single().EnrollmentId;
            var keyId = await keys.GenerateKeyAsync(owner.Id, enrollmentId, keep: true, overlap: null);
            var (_, pem) = await credentials.TakePrivateKeyAsync(owner.Id, keyId);
            var apiV3Key = await keys.SetApiV3KeyAsync(owner.Id, enrollmentId, entered: null);
            var sandbox = (await credentials.GetAsync(owner.Id, owner.OrganizationId!.Value))!.Platforms.Single().Sandbox!;
            return new WeChatPaySandboxApp(owner, enrollmentId, sandbox.MerchantId!, sandbox.AppId, sandbox.MerchantKeys.Single().KeyId!, pem, apiV3Key,
                sandbox.PlatformKeys.Single());
        });
    }
}
