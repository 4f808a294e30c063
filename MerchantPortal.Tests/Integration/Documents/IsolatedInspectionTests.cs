using System.Net;
using System.Net.Http.Json;
using MerchantPortal.Infrastructure.Storage;
using MerchantPortal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;
using static MerchantPortal.Tests.Support.DocumentUploads;

namespace MerchantPortal.Tests.Integration.Documents;

/// <summary>Uploads checked by the real worker process: its verdicts, its limits, and the portal surviving its death.</summary>
public class IsolatedInspectionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static async Task<string> ErrorOf(HttpResponseMessage response) => (await response.Content.ReadFromJsonAsync<Refused>())!.Error;

    private static void AssertNoTemporaryFiles(PortalFactory portal) =>
        Assert.Empty(Directory.GetFiles(portal.Services.GetRequiredService<DocumentStore>().Root, "*" + DocumentStore.TemporarySuffix));

    [Fact]
    public async Task Worker_AcceptsPdfPngJpeg_AndRefusesTheTruncatedJpegWithAnEndMarker()
    {
        var (_, applicationId, client) = await ApplicantAsync(factory);

        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(client, applicationId, "BusinessLicense", "a.pdf", DocumentCorpus.UniquePdf())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(client, applicationId, "StorefrontPhoto", "a.png", DocumentCorpus.Png())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(client, applicationId, "StorefrontPhoto", "a.jpg", DocumentCorpus.UniqueJpeg())).StatusCode);
        var cut = await UploadAsync(client, applicationId, "StorefrontPhoto", "cut.jpg", DocumentCorpus.TruncatedJpegWithEndMarker());

        Assert.Equal(HttpStatusCode.BadRequest, cut.StatusCode);
        Assert.Contains("图片不完整", await ErrorOf(cut));
        AssertNoTemporaryFiles(factory);
    }

    [Fact]
    public async Task Worker_OutOfTime_IsKilled_TheUploadIsRefusedAsUncheckable_AndThePortalStillAnswers()
    {
        using var portal = new SettingsPortalFactory(("Documents:Inspection:TimeoutSeconds", "0.01"));
        var (_, applicationId, client) = await ApplicantAsync(portal);

        var response = await UploadAsync(client, applicationId, "BusinessLicense", "a.pdf", DocumentCorpus.UniquePdf());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("文件无法检查，已拒收", await ErrorOf(response));
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/api/antiforgery")).StatusCode);
        await using var db = await portal.CreateDbContextAsync();
        Assert.False(await db.Documents.AnyAsync(d => d.ApplicationId == applicationId));
        AssertNoTemporaryFiles(portal);
    }

    [Fact]
    public async Task Worker_OverItsMemoryLimit_IsKilledMidDecode_AndTheUploadIsRefusedAsUncheckable()
    {
        using var portal = new SettingsPortalFactory(("Documents:Inspection:MemoryLimitMegabytes", "120"));
        var (_, applicationId, client) = await ApplicantAsync(portal);
        // 24 megapixels decode to 96 MB of pixels, on top of the runtime itself: within the pixel limit, over this memory limit.
        var photo = SolidJpeg(6000, 4000);

        var response = await UploadAsync(client, applicationId, "StorefrontPhoto", "big.jpg", photo);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("文件无法检查，已拒收", await ErrorOf(response));
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(client, applicationId, "BusinessLicense", "a.pdf", DocumentCorpus.UniquePdf())).StatusCode);
        AssertNoTemporaryFiles(portal);
    }

    [Fact]
    public async Task MoreUploadsThanSlots_WithATinyQueueWait_TheOthersAreToldTheyAreBusy()
    {
        using var portal = new SettingsPortalFactory(("Documents:Inspection:MaxConcurrent", "1"), ("Documents:Inspection:QueueWaitSeconds", "0.01"));
        var applicants = new List<(TestAccount Owner, Guid ApplicationId, FormClient Client)>();
        for (var i = 0; i < 6; i++)
        {
            applicants.Add(await ApplicantAsync(portal));
        }

        var responses = await Task.WhenAll(applicants.Select(a =>
            UploadAsync(a.Client, a.ApplicationId, "BusinessLicense", "a.pdf", DocumentCorpus.UniquePdf())));

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable }));
        var busy = responses.Where(r => r.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
        Assert.NotEmpty(busy);
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(10, busy[0].Headers.RetryAfter!.Delta!.Value.TotalSeconds);
        Assert.Contains("系统繁忙，请稍后重试", await ErrorOf(busy[0]));
    }

    [Fact]
    public async Task StartUp_RemovesTemporaryFilesLeftByACrash_AndKeepsStoredFiles()
    {
        using var portal = new SettingsPortalFactory();
        var leftover = Path.Combine(portal.DocumentsDirectory, "0123456789abcdef.tmp");
        var stored = Path.Combine(portal.DocumentsDirectory, "fedcba9876543210");
        await File.WriteAllBytesAsync(leftover, [1, 2, 3]);
        await File.WriteAllBytesAsync(stored, [4, 5, 6]);

        _ = portal.Services;

        Assert.False(File.Exists(leftover));
        Assert.True(File.Exists(stored));
    }

    private static byte[] SolidJpeg(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.SteelBlue);
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 80);
        return data.ToArray();
    }
}
