using System.Net;
using System.Text.Json;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Credentials;
using MerchantPortal.Features.Credentials;
using MerchantPortal.Features.Onboarding.Wizard;
using MerchantPortal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Credentials;

public class CredentialServiceTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task SandboxCredentials_AreIssuedOnTheFirstVisit_WhileInReview_OncePerPlatform_AndAudited()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        await WizardSeed.SubmittedAsync(factory, owner, new PlatformsStepInput { PlatformCodes = ["alipay", "wechatpay"], InStore = true });

        var first = await GetAsync(owner);
        var second = await GetAsync(owner);

        var alipay = first.Platforms.Single(p => p.PlatformCode == "alipay");
        Assert.Matches("^9021[0-9]{12}$", alipay.Sandbox!.AppId);
        Assert.Equal(alipay.Sandbox.AppId, second.Platforms.Single(p => p.PlatformCode == "alipay").Sandbox!.AppId);
        Assert.Single(alipay.Sandbox.PlatformKeys);
        Assert.Empty(alipay.Sandbox.MerchantKeys);
        Assert.Null(alipay.Live);
        var wechat = first.Platforms.Single(p => p.PlatformCode == "wechatpay").Sandbox!;
        Assert.Matches("^19[0-9]{8}$", wechat.MerchantId);
        Assert.Matches("^wx[0-9a-f]{16}$", wechat.AppId);
        var platformKey = Assert.Single(wechat.PlatformKeys);
        Assert.StartsWith("PUB_KEY_ID_01" + wechat.MerchantId, platformKey.KeyId);
        Assert.Matches("^[0-9A-F]{40}$", platformKey.CertificateSerial);
        Assert.Contains("BEGIN CERTIFICATE", platformKey.CertificatePem);
        await using var db = await factory.CreateDbContextAsync();
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == "credentials.issue" && e.SubjectId == alipay.EnrollmentId.ToString()));
    }

    [Fact]
    public async Task KeysAreAudited_ByFingerprint_AndNoPrivateMaterialReachesTheAuditTrailOrTheDatabaseInTheClear()
    {
        var app = await AlipaySandboxSeed.AppAsync(factory);

        await using var db = await factory.CreateDbContextAsync();
        var details = await db.AuditEntries.Where(e => e.SubjectId == app.EnrollmentId.ToString()).Select(e => e.Action + " " + e.Details).ToListAsync();
        var stored = await db.CredentialKeys.Where(k => k.Origin == KeyOrigin.Generated).SingleAsync(k => db.Credentials.Any(c => c.Id == k.CredentialsId && c.AppId == app.AppId));
        var body = PemBody(app.PrivateKeyPem);

        Assert.Contains(details, d => d.StartsWith("credentials.key-add", StringComparison.Ordinal) && d.Contains(stored.Fingerprint, StringComparison.Ordinal));
        Assert.Contains(details, d => d.StartsWith("credentials.private-key-download", StringComparison.Ordinal));
        Assert.DoesNotContain(details, d => d.Contains(body[..40], StringComparison.Ordinal));
        Assert.NotNull(stored.ProtectedPrivateKey);
        Assert.DoesNotContain(body[..40], stored.ProtectedPrivateKey);
        Assert.Null(stored.ProtectedDownload);
    }

    [Fact]
    public async Task TheDownloadEndpoint_HandsThePrivateKeyOutOnce_AndOnlyToAMember()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var stranger = await factory.CreateAccountAsync(PortalRoles.Applicant);
        await WizardSeed.SubmittedAsync(factory, owner, new PlatformsStepInput { PlatformCodes = ["alipay"], InStore = true });
        var enrollmentId = (await GetAsync(owner)).Platforms.Single().EnrollmentId;
        var keyId = await factory.WithServicesAsync(sp => sp.GetRequiredService<KeyService>().GenerateKeyAsync(owner.Id, enrollmentId, keep: false, null));

        var byStranger = await PostAsync(await factory.SignInAsync(stranger), keyId);
        var ownerClient = await factory.SignInAsync(owner);
        var withoutToken = await ownerClient.Http.PostAsync(PrivateKeyEndpoint.PathFor(keyId), new FormUrlEncodedContent([]));
        var first = await PostAsync(ownerClient, keyId);
        var second = await PostAsync(ownerClient, keyId);

        Assert.Equal(HttpStatusCode.NotFound, byStranger.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.StartsWith("-----BEGIN PRIVATE KEY-----", await first.Content.ReadAsStringAsync());
        Assert.Equal("no-store", first.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.Gone, second.StatusCode);
        Assert.Contains("只提供一次", await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AStranger_CanNeitherSeeNorChangeAnotherOrganizationsCredentials()
    {
        var app = await AlipaySandboxSeed.AppAsync(factory);
        var stranger = await factory.CreateAccountAsync(PortalRoles.Applicant);

        await factory.WithServicesAsync(async sp =>
        {
            var credentials = sp.GetRequiredService<CredentialService>();
            Assert.Null(await credentials.GetAsync(stranger.Id, app.Owner.OrganizationId!.Value));
            foreach (var attempt in new Func<Task>[]
            {
                () => sp.GetRequiredService<KeyService>().GenerateKeyAsync(stranger.Id, app.EnrollmentId, keep: true, TimeSpan.FromHours(1)),
                () => credentials.SetNotifyUrlAsync(stranger.Id, app.EnrollmentId, "https://evil.example/notify"),
                () => sp.GetRequiredService<KeyService>().RotatePlatformKeyAsync(stranger.Id, app.EnrollmentId, TimeSpan.FromHours(1)),
            })
            {
                Assert.Equal(DomainErrors.ApplicationNotFound, (await Assert.ThrowsAsync<DomainException>(attempt)).Code);
            }

            return true;
        });
    }

    [Fact]
    public async Task ANotifyUrl_IsValidatedOnTheServer_AndAudited()
    {
        var app = await AlipaySandboxSeed.AppAsync(factory);

        var refused = await factory.WithServicesAsync(async sp =>
        {
            var credentials = sp.GetRequiredService<CredentialService>();
            var error = await Assert.ThrowsAsync<DomainException>(() => credentials.SetNotifyUrlAsync(app.Owner.Id, app.EnrollmentId, "javascript:alert(1)"));
            await credentials.SetNotifyUrlAsync(app.Owner.Id, app.EnrollmentId, " https://shop.example/alipay/notify ");
            return error;
        });

        Assert.Equal(DomainErrors.NotifyUrlInvalid, refused.Code);
        Assert.Equal("https://shop.example/alipay/notify", (await GetAsync(app.Owner)).Platforms.Single().Sandbox!.NotifyUrl);
        await using var db = await factory.CreateDbContextAsync();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "credentials.notify-url" && e.SubjectId == app.EnrollmentId.ToString()));
    }

    [Fact]
    public async Task AColleague_SeesTheKey_ButNotTheOfferToDownloadWhatTheOwnerGenerated()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var colleague = await factory.CreateAccountAsync(PortalRoles.Applicant);
        await WizardSeed.SubmittedAsync(factory, owner, new PlatformsStepInput { PlatformCodes = ["alipay"], InStore = true });
        await ReviewSeed.JoinOrganizationAsync(factory, colleague, owner);
        var enrollmentId = (await GetAsync(owner)).Platforms.Single().EnrollmentId;
        var keyId = await factory.WithServicesAsync(sp => sp.GetRequiredService<KeyService>().GenerateKeyAsync(owner.Id, enrollmentId, keep: false, null));

        var seenByColleague = (await GetAsync(colleague with { OrganizationId = owner.OrganizationId })).Platforms.Single().Sandbox!.MerchantKeys.Single();
        var byColleague = await PostAsync(await factory.SignInAsync(colleague), keyId);
        var seenByOwner = (await GetAsync(owner)).Platforms.Single().Sandbox!.MerchantKeys.Single();

        Assert.False(seenByColleague.DownloadPending);
        Assert.Equal(HttpStatusCode.Gone, byColleague.StatusCode);
        Assert.True(seenByOwner.DownloadPending);
    }

    [Fact]
    public async Task ARotationWithNoOverlap_RevokesTheOldKeyAtOnce()
    {
        var app = await AlipaySandboxSeed.AppAsync(factory);

        var keys = await factory.WithServicesAsync(async sp =>
        {
            var credentials = sp.GetRequiredService<CredentialService>();
            await sp.GetRequiredService<KeyService>().GenerateKeyAsync(app.Owner.Id, app.EnrollmentId, keep: false, TimeSpan.Zero);
            return (await credentials.GetAsync(app.Owner.Id, app.Owner.OrganizationId!.Value))!.Platforms.Single().Sandbox!.MerchantKeys;
        });

        Assert.Single(keys);
        Assert.Null(keys[0].ValidUntilUtc);
    }

    private Task<ApiKeysView> GetAsync(TestAccount owner) =>
        factory.WithServicesAsync(async sp => (await sp.GetRequiredService<CredentialService>().GetAsync(owner.Id, owner.OrganizationId!.Value))!);

    private static async Task<HttpResponseMessage> PostAsync(FormClient client, Guid keyId)
    {
        var token = JsonDocument.Parse(await client.Http.GetStringAsync("/api/antiforgery")).RootElement.GetProperty("token").GetString()!;
        return await client.Http.PostAsync(PrivateKeyEndpoint.PathFor(keyId), new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
    }

    private static string PemBody(string pem) => string.Concat(pem.Split('\n').Where(l => !l.StartsWith("-----", StringComparison.Ordinal)));
}
