using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Infrastructure.Storage;
using MerchantPortal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Documents;

/// <summary>The upload rules over HTTP, with a corpus the tests build; every refusal leaves nothing behind.</summary>
public class DocumentUploadTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private sealed record Uploaded(Guid Id);

    private sealed record Refused(string Error);

    private async Task<(TestAccount Owner, Guid ApplicationId, FormClient Client)> ApplicantAsync()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var id = await WizardSeed.ThroughEnterpriseAsync(factory, owner);
        return (owner, id, await factory.SignInAsync(owner));
    }

    private static async Task<HttpResponseMessage> UploadAsync(FormClient client, Guid applicationId, string kind, string fileName, byte[] content)
    {
        var token = (await client.Http.GetFromJsonAsync<Dictionary<string, string>>("/api/antiforgery"))!["token"];
        using var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", fileName } };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/applications/{applicationId}/documents/{kind}") { Content = form };
        request.Headers.Add("RequestVerificationToken", token);
        return await client.Http.SendAsync(request);
    }

    private async Task AssertNothingStoredAsync(Guid applicationId)
    {
        await using var db = await factory.CreateDbContextAsync();
        Assert.False(await db.Documents.AnyAsync(d => d.ApplicationId == applicationId));
        var stored = await db.Documents.Select(d => d.StoredName).ToListAsync();
        Assert.All(Directory.GetFiles(factory.Services.GetRequiredService<DocumentStore>().Root), f => Assert.Contains(Path.GetFileName(f), stored));
    }

    public static TheoryData<string, string, string> HostileUploads() => new()
    {
        { "license.pdf", nameof(DocumentCorpus.ExeRenamed), "只能上传 PDF、JPEG 或 PNG 文件" },
        { "photo.png", nameof(DocumentCorpus.HtmlRenamed), "只能上传 PDF、JPEG 或 PNG 文件" },
        { "bomb.png", nameof(DocumentCorpus.PngBomb), "图片像素过大" },
        { "cut.jpg", nameof(DocumentCorpus.TruncatedJpeg), "图片不完整" },
        { "script.pdf", nameof(DocumentCorpus.PdfWithJavaScript), "PDF 中包含脚本" },
        { "../../etc/passwd.pdf", nameof(DocumentCorpus.Pdf), "文件名不合规" },
    };

    private static readonly Dictionary<string, Func<byte[]>> Corpus = new()
    {
        [nameof(DocumentCorpus.ExeRenamed)] = DocumentCorpus.ExeRenamed,
        [nameof(DocumentCorpus.HtmlRenamed)] = DocumentCorpus.HtmlRenamed,
        [nameof(DocumentCorpus.PngBomb)] = DocumentCorpus.PngBomb,
        [nameof(DocumentCorpus.TruncatedJpeg)] = DocumentCorpus.TruncatedJpeg,
        [nameof(DocumentCorpus.PdfWithJavaScript)] = DocumentCorpus.PdfWithJavaScript,
        [nameof(DocumentCorpus.Pdf)] = () => DocumentCorpus.Pdf(),
    };

    [Theory]
    [MemberData(nameof(HostileUploads))]
    public async Task HostileUpload_IsRefusedWithItsMessage_AndLeavesNothing(string fileName, string file, string message)
    {
        var (_, applicationId, client) = await ApplicantAsync();

        var response = await UploadAsync(client, applicationId, "BusinessLicense", fileName, Corpus[file]());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await response.Content.ReadFromJsonAsync<Refused>())!.Error);
        await AssertNothingStoredAsync(applicationId);
    }

    [Fact]
    public async Task EmptyAndOversizeFiles_AreRefused()
    {
        var (_, applicationId, client) = await ApplicantAsync();

        var empty = await UploadAsync(client, applicationId, "BusinessLicense", "empty.pdf", []);
        var oversize = await UploadAsync(client, applicationId, "BusinessLicense", "big.pdf", new byte[(10 * 1024 * 1024) + 1]);

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("文件为空", (await empty.Content.ReadFromJsonAsync<Refused>())!.Error);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, oversize.StatusCode);
        Assert.Contains("文件超过 10 MB", (await oversize.Content.ReadFromJsonAsync<Refused>())!.Error);
        await AssertNothingStoredAsync(applicationId);
    }

    [Fact]
    public async Task ValidPdf_RoundTripsByteForByte_AndJpegComesBackWithoutExif()
    {
        var (_, applicationId, client) = await ApplicantAsync();
        var pdf = DocumentCorpus.Pdf();

        var pdfId = (await (await UploadAsync(client, applicationId, "BusinessLicense", "营业执照.pdf", pdf)).Content.ReadFromJsonAsync<Uploaded>())!.Id;
        var jpegId = (await (await UploadAsync(client, applicationId, "StorefrontPhoto", "门头.jpg", DocumentCorpus.JpegWithExif())).Content.ReadFromJsonAsync<Uploaded>())!.Id;

        var pdfResponse = await client.Http.GetAsync($"/api/documents/{pdfId}");
        Assert.Equal(pdf, await pdfResponse.Content.ReadAsByteArrayAsync());
        Assert.Equal("nosniff", pdfResponse.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("application/pdf", pdfResponse.Content.Headers.ContentType!.MediaType);
        Assert.Equal("inline", pdfResponse.Content.Headers.ContentDisposition!.DispositionType);
        var jpeg = await client.Http.GetByteArrayAsync($"/api/documents/{jpegId}");
        Assert.Equal([0xFF, 0xD8], jpeg[..2]);
        Assert.DoesNotContain("Exif", Encoding.Latin1.GetString(jpeg));
    }

    [Fact]
    public async Task AnotherOrganizationsApplicant_Gets404_ForTheDocumentAndTheUpload()
    {
        var (_, applicationId, client) = await ApplicantAsync();
        var id = (await (await UploadAsync(client, applicationId, "BusinessLicense", "a.pdf", DocumentCorpus.Pdf())).Content.ReadFromJsonAsync<Uploaded>())!.Id;
        var (_, _, stranger) = await ApplicantAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/api/documents/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await UploadAsync(stranger, applicationId, "BusinessLicense", "b.pdf", DocumentCorpus.Pdf())).StatusCode);
        var reviewer = await factory.SignInAsync(await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true));
        Assert.Equal(HttpStatusCode.OK, (await reviewer.Http.GetAsync($"/api/documents/{id}")).StatusCode);
    }

    [Fact]
    public async Task WithoutTheAntiforgeryToken_TheUploadIsRefused()
    {
        var (_, applicationId, client) = await ApplicantAsync();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(DocumentCorpus.Pdf()), "file", "a.pdf" } };

        var response = await client.Http.PostAsync($"/api/applications/{applicationId}/documents/BusinessLicense", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertNothingStoredAsync(applicationId);
    }
}
