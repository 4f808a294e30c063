using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Tests.Support;

namespace MerchantPortal.Tests.Integration.Hosting;

/// <summary>What every response says about sniffing, referrers, framing, scripts and caching.</summary>
public partial class SecurityHeadersTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private sealed record Uploaded(Guid Id);

    [GeneratedRegex(@"<script(?=[^>]*type=""importmap"")[^>]*\snonce=""([^""]+)""")]
    private static partial Regex ImportMapNonce();

    [GeneratedRegex(@"href=""(app\.[a-z0-9]+\.css)""")]
    private static partial Regex FingerprintedAppCss();

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(",", values)
            : "";

    private static void AssertCommonHeaders(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Contains("no-store", Header(response, "Cache-Control").Split(',', StringSplitOptions.TrimEntries));
    }

    [Fact]
    public async Task Page_SendsAPolicyWithoutEval_WhoseNonceIsOnTheImportMapOnly()
    {
        var response = await factory.CreateClient().GetAsync("/Account/Login");
        var html = await response.Content.ReadAsStringAsync();

        AssertCommonHeaders(response);
        var policy = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'self'", policy);
        Assert.Contains("connect-src 'self'", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", policy);
        var nonce = ImportMapNonce().Match(html).Groups[1].Value;
        Assert.Contains($"script-src 'self' 'nonce-{nonce}'", policy);
        Assert.Single(Regex.Matches(html, "<script(?![^>]*\\bsrc=)[^>]*>"));

        var again = await factory.CreateClient().GetAsync("/Account/Login");
        Assert.DoesNotContain($"'nonce-{nonce}'", Header(again, "Content-Security-Policy"));
    }

    [Fact]
    public async Task SignedInPage_IsNotStored()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var client = await factory.SignInAsync(owner);

        var response = await client.Http.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertCommonHeaders(response);
        Assert.Contains("frame-ancestors 'self'", Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public async Task DocumentDownloadAndCsvExport_AreNotStored_AndTheDocumentKeepsItsOwnPolicy()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var applicationId = await WizardSeed.ThroughEnterpriseAsync(factory, owner);
        var client = await factory.SignInAsync(owner);
        var token = (await client.Http.GetFromJsonAsync<Dictionary<string, string>>("/api/antiforgery"))!["token"];
        using var form = new MultipartFormDataContent { { new ByteArrayContent(DocumentCorpus.Pdf()), "file", "licence.pdf" } };
        using var upload = new HttpRequestMessage(HttpMethod.Post, $"/api/applications/{applicationId}/documents/BusinessLicense") { Content = form };
        upload.Headers.Add("RequestVerificationToken", token);
        var documentId = (await (await client.Http.SendAsync(upload)).Content.ReadFromJsonAsync<Uploaded>())!.Id;

        var document = await client.Http.GetAsync($"/api/documents/{documentId}");
        var csv = await client.Http.GetAsync($"/api/organizations/{owner.OrganizationId}/members.csv");

        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        AssertCommonHeaders(document);
        Assert.StartsWith("default-src 'none'", Header(document, "Content-Security-Policy"));
        Assert.Equal("SAMEORIGIN", Header(document, "X-Frame-Options"));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        AssertCommonHeaders(csv);
    }

    /// <summary>Development serves assets with no-cache (Production's immutable is checked on the published output).</summary>
    [Fact]
    public async Task StaticAsset_KeepsItsOwnCaching()
    {
        var html = await factory.CreateClient().GetStringAsync("/Account/Login");
        var href = FingerprintedAppCss().Match(html).Groups[1].Value;

        var response = await factory.CreateClient().GetAsync("/" + href);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-cache", Header(response, "Cache-Control"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
    }
}
