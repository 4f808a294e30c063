using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Features.Reports.Dossier;
using MerchantPortal.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace MerchantPortal.Tests.Integration.Reports;

/// <summary>
/// The onboarding dossier: staff download it for an approved case and read back what it proves; others get
/// 404; its QR link verifies on the anonymous page, and only the original PDF matches the recorded hash.
/// </summary>
public class DossierTests(ApprovedCasePortalFactory factory) : IClassFixture<ApprovedCasePortalFactory>
{
    [Fact]
    public async Task Download_AsReviewer_PdfShowsOrganizationDocumentHashesReviewerAndVerificationLink()
    {
        var approved = await factory.ApprovedCaseAsync();
        var client = await factory.SignInAsync(approved.Reviewer);

        var response = await client.Http.GetAsync(DossierEndpoints.DownloadPath(approved.ApplicationId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var text = Text(pdf);
        await using var db = await factory.CreateDbContextAsync();
        var hashes = await db.Documents.Where(d => d.ApplicationId == approved.ApplicationId).Select(d => d.Sha256).ToListAsync();
        var reviewer = await db.Users.Where(u => u.Id == approved.Reviewer.Id).Select(u => u.DisplayName).SingleAsync();
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(pdf));
        var issued = await db.IssuedDossiers.SingleAsync(d => d.PdfSha256 == sha256);
        Assert.Contains("商户进件档案", text);
        Assert.Contains(approved.Owner.OrganizationName!, text);
        Assert.All(hashes, hash => Assert.Contains(hash, text));
        Assert.Contains(reviewer, text);
        Assert.Contains($"/verify/dossier/{issued.Id}?h={issued.Hmac}", Compact(text));
        Assert.Equal((approved.ApplicationId, approved.Reviewer.Id, "zh-CN"), (issued.ApplicationId, issued.IssuedByUserId, issued.Culture));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "report.dossier" && e.SubjectId == approved.ApplicationId.ToString()
            && e.Details.Contains(issued.Id.ToString())));
    }

    [Fact]
    public async Task CasePage_ApprovedCase_OffersTheDossier_ACaseInReviewDoesNot()
    {
        var approved = await factory.ApprovedCaseAsync();
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var inReview = await WizardSeed.SubmittedAsync(factory, owner);
        var client = await factory.SignInAsync(approved.Reviewer);

        var (_, approvedPage) = await client.GetAsync($"/review/cases/{approved.ApplicationId}");
        var (_, inReviewPage) = await client.GetAsync($"/review/cases/{inReview}");

        Assert.Equal(DossierEndpoints.DownloadPath(approved.ApplicationId), approvedPage.QuerySelector("[data-testid=dossier-download]")?.GetAttribute("href"));
        Assert.Null(inReviewPage.QuerySelector("[data-testid=dossier-download]"));
    }

    [Fact]
    public async Task Download_AsApplicantOrAnonymous_IsRefusedAsIfTheCaseDidNotExist()
    {
        var approved = await factory.ApprovedCaseAsync();
        var stranger = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var path = DossierEndpoints.DownloadPath(approved.ApplicationId);
        var issuedBefore = await IssuedCountAsync();

        var owner = await (await factory.SignInAsync(approved.Owner)).Http.GetAsync(path);
        var other = await (await factory.SignInAsync(stranger)).Http.GetAsync(path);
        var anonymous = await factory.CreateClient().GetAsync(path);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.Unauthorized), (owner.StatusCode, other.StatusCode, anonymous.StatusCode));
        Assert.Equal(issuedBefore, await IssuedCountAsync());
    }

    [Fact]
    public async Task Download_CaseNotYetApproved_SaysWhy()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var id = await WizardSeed.SubmittedAsync(factory, owner);

        var response = await (await factory.SignInAsync(reviewer)).Http.GetAsync(DossierEndpoints.DownloadPath(id));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("只能为已通过的申请", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task VerificationPage_RealHmacIsGenuine_TamperedOrUnknownIsNot()
    {
        var approved = await factory.ApprovedCaseAsync();
        var (id, hmac) = await IssueAsync(approved);
        var client = factory.CreateFormClient();

        var (real, page) = await client.GetAsync($"/verify/dossier/{id}?h={hmac}");
        var (_, tampered) = await client.GetAsync($"/verify/dossier/{id}?h={Tamper(hmac)}");
        var (_, unknown) = await client.GetAsync($"/verify/dossier/{Guid.NewGuid()}?h={hmac}");

        Assert.Equal(HttpStatusCode.OK, real.StatusCode);
        Assert.Contains(approved.Owner.OrganizationName!, page.QuerySelector("[data-testid=dossier-genuine]")!.TextContent);
        Assert.NotNull(page.QuerySelector("[data-testid=dossier-compare-file]"));
        foreach (var refused in new[] { tampered, unknown })
        {
            Assert.NotNull(refused.QuerySelector("[data-testid=dossier-not-genuine]"));
            Assert.Null(refused.QuerySelector("[data-testid=dossier-genuine]"));
            Assert.DoesNotContain(approved.Owner.OrganizationName!, refused.Body!.TextContent);
        }
    }

    [Fact]
    public async Task Compare_OriginalMatches_ModifiedDoesNot_TooLargeAndTamperedAreRefused()
    {
        var approved = await factory.ApprovedCaseAsync();
        var issued = await DossierSeed.IssueAsync(factory, approved);
        var hmac = await HmacOfAsync(issued.DossierId);
        var modified = (byte[])issued.Pdf.Clone();
        modified[modified.Length / 2] ^= 0x20;

        var original = await CompareAsync(DossierEndpoints.ComparePath(issued.DossierId, hmac), issued.Pdf);
        var changed = await CompareAsync(DossierEndpoints.ComparePath(issued.DossierId, hmac), modified);
        var tooLarge = await CompareAsync(DossierEndpoints.ComparePath(issued.DossierId, hmac), new byte[DossierVerifier.MaxFileBytes + 1]);
        var forged = await CompareAsync(DossierEndpoints.ComparePath(issued.DossierId, Tamper(hmac)), issued.Pdf);

        Assert.Equal((HttpStatusCode.OK, true), (original.Status, original.Json.GetProperty("match").GetBoolean()));
        Assert.Equal((HttpStatusCode.OK, false), (changed.Status, changed.Json.GetProperty("match").GetBoolean()));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.Status);
        Assert.Contains("10 MB", tooLarge.Json.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.NotFound, forged.Status);
        Assert.False(forged.Json.TryGetProperty("match", out _));
    }

    [Fact]
    public async Task VerificationPage_IsRateLimitedPerCaller()
    {
        using var limited = factory.WithWebHostBuilder(builder => builder.UseSetting(DossierServices.RequestsPerMinuteKey, "2"));
        var client = limited.CreateClient();
        var path = $"/verify/dossier/{Guid.NewGuid()}?h=x";

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 2; i++)
        {
            statuses.Add((await client.GetAsync(path)).StatusCode);
        }

        var page = await client.GetAsync(path);
        var compare = await client.PostAsync(DossierEndpoints.ComparePath(Guid.NewGuid(), "x"), new MultipartFormDataContent());

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], statuses);
        Assert.Equal((HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests), (page.StatusCode, compare.StatusCode));
        Assert.Contains("请稍候一分钟再试", await page.Content.ReadAsStringAsync());
    }

    private async Task<int> IssuedCountAsync()
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.IssuedDossiers.CountAsync();
    }

    private async Task<(Guid Id, string Hmac)> IssueAsync(DossierSeed.ApprovedCase approved)
    {
        var issued = await DossierSeed.IssueAsync(factory, approved);
        return (issued.DossierId, await HmacOfAsync(issued.DossierId));
    }

    private async Task<string> HmacOfAsync(Guid dossierId)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.IssuedDossiers.Where(d => d.Id == dossierId).Select(d => d.Hmac).SingleAsync();
    }

    private async Task<(HttpStatusCode Status, JsonElement Json)> CompareAsync(string path, byte[] file)
    {
        using var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(part, "file", "dossier.pdf");
        var response = await factory.CreateClient().PostAsync(path, content);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    /// <summary>The same length, one character different: what a forger editing the link would send.</summary>
    private static string Tamper(string hmac) => (hmac[0] == 'A' ? 'B' : 'A') + hmac[1..];

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Concat(document.GetPages().Select(page => page.Text));
    }

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
