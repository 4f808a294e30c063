using System.Net;
using System.Net.Http.Json;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Requirements;
using MerchantPortal.Features.Onboarding;
using MerchantPortal.Features.Onboarding.Wizard;
using MerchantPortal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static MerchantPortal.Tests.Support.DocumentUploads;

namespace MerchantPortal.Tests.Integration.Documents;

/// <summary>Uploads racing, arriving while the step is locked, carrying invisible characters, too large or too many.</summary>
public class UploadSideEffectTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task SimultaneousUploadsOfTheSameDocument_EachGetAVersion_NeverA500()
    {
        using var portal = new SettingsPortalFactory(("Documents:Inspection:MaxConcurrent", "4"), ("Documents:Inspection:MaxPerOrganization", "4"));
        var (_, applicationId, client) = await ApplicantAsync(portal);

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            UploadAsync(client, applicationId, "BusinessLicense", "a.pdf", DocumentCorpus.UniquePdf())));

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        await using var db = await portal.CreateDbContextAsync();
        var versions = await db.Documents.Where(d => d.ApplicationId == applicationId).Select(d => d.Version).OrderBy(v => v).ToListAsync();
        Assert.Equal(Enumerable.Range(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK)), versions);
    }

    [Fact]
    public async Task Upload_WhileTheWizardStillHasTheDocumentsStepLocked_IsRefused()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        // Platforms chosen, enterprise not yet saved: the wizard does not open step 3.
        var applicationId = await factory.WithServicesAsync(async sp =>
        {
            var id = await sp.GetRequiredService<ApplicationService>().StartAsync(owner.Id, owner.OrganizationId!.Value);
            await sp.GetRequiredService<WizardService>().CompletePlatformsAsync(owner.Id, id, new PlatformsStepInput { PlatformCodes = ["wechatpay"], InStore = true });
            return id;
        });
        var client = await factory.SignInAsync(owner);

        var response = await UploadAsync(client, applicationId, "BusinessLicense", "a.pdf", DocumentCorpus.UniquePdf());

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace((await response.Content.ReadFromJsonAsync<Refused>())!.Error));
        await using var db = await factory.CreateDbContextAsync();
        Assert.False(await db.Documents.AnyAsync(d => d.ApplicationId == applicationId));
    }

    [Fact]
    public async Task BidiControlsInTheFileName_AreStrippedFromTheStoredName_AndANameOfNothingElseIsRefused()
    {
        var (_, applicationId, client) = await ApplicantAsync(factory);

        var kept = await UploadAsync(client, applicationId, "BusinessLicense", "营业执照\u202Efdp.exe.pdf", DocumentCorpus.UniquePdf());
        var refused = await UploadAsync(client, applicationId, "BusinessLicense", "\u202E\u200B\u2066", DocumentCorpus.UniquePdf());

        var id = (await kept.Content.ReadFromJsonAsync<Uploaded>())!.Id;
        await using var db = await factory.CreateDbContextAsync();
        Assert.Equal("营业执照fdp.exe.pdf", (await db.Documents.SingleAsync(d => d.Id == id)).OriginalName);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("文件名不合规", (await refused.Content.ReadFromJsonAsync<Refused>())!.Error);
    }

    [Fact]
    public async Task ManyUploadsByOneUser_AreRateLimited_With429AndAMessage()
    {
        using var portal = new SettingsPortalFactory(("Documents:UploadsPerMinute", "2"));
        var (_, applicationId, client) = await ApplicantAsync(portal);

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await UploadAsync(client, applicationId, "BusinessLicense", "empty.pdf", []));
        }

        Assert.Equal(HttpStatusCode.BadRequest, answers[1].StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[2].StatusCode);
        Assert.Contains("上传次数过多", (await answers[2].Content.ReadFromJsonAsync<Refused>())!.Error);
    }

    [Fact]
    public async Task OverSizeFile_OverARealConnection_GetsTheSizeMessage_NotAReset()
    {
        using var portal = new RealServerPortalFactory();
        var (_, applicationId, client) = await ApplicantAsync(portal);

        var response = await UploadAsync(client, applicationId, nameof(DocumentKind.BusinessLicense), "big.pdf", new byte[12 * 1024 * 1024]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("文件超过 10 MB", (await response.Content.ReadFromJsonAsync<Refused>())!.Error);
    }
}
