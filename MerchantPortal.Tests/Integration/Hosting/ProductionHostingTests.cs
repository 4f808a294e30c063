using System.Net;
using MerchantPortal.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MerchantPortal.Tests.Integration.Hosting;

/// <summary>Production behind a TLS-terminating proxy: HTTPS redirection, HSTS, and whose forwarded headers count.</summary>
public class ProductionHostingTests(ProductionHostingTests.BehindProxy factory) : IClassFixture<ProductionHostingTests.BehindProxy>
{
    /// <summary>A deployment whose proxy is 192.0.2.10 and whose proxy network is 10.1.2.0/24.</summary>
    public sealed class BehindProxy : ProductionPortalFactory
    {
        protected override IReadOnlyDictionary<string, string> DeploymentSettings { get; } = new Dictionary<string, string>
        {
            ["Proxy:KnownProxies:0"] = "192.0.2.10",
            ["Proxy:KnownNetworks:0"] = "10.1.2.0/24",
        };
    }

    private HttpClient Client(string baseAddress) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(baseAddress), AllowAutoRedirect = false });

    private static HttpRequestMessage Get(string path, string? peer = null, string? forwardedProto = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (peer is not null)
        {
            request.Headers.Add(ProductionPortalFactory.PeerHeader, peer);
        }

        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        }

        return request;
    }

    [Fact]
    public async Task PlainHttp_IsRedirectedToHttps_Permanently()
    {
        var response = await Client("http://portal.example").SendAsync(Get("/Account/Login?x=1"));

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal("https://portal.example/Account/Login?x=1", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Https_IsServed_WithHstsForAYear_AndTheSecurityHeaders()
    {
        var response = await Client("https://portal.example").SendAsync(Get("/Account/Login"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000", string.Join(",", response.Headers.GetValues("Strict-Transport-Security")));
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains("frame-ancestors 'self'", string.Join(",", response.Headers.GetValues("Content-Security-Policy")));
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("192.0.2.10")]
    [InlineData("10.1.2.77")]
    public async Task ForwardedHttps_FromATrustedProxy_IsServedWithoutRedirect(string proxy)
    {
        var response = await Client("http://portal.example").SendAsync(Get("/Account/Login", proxy, "https"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.Contains("Strict-Transport-Security"), "HTTPS as the proxy received it gets HSTS");
    }

    [Theory]
    [InlineData("203.0.113.7")]
    [InlineData("10.1.3.1")]
    public async Task ForwardedHttps_FromAnyoneElse_IsIgnored(string stranger)
    {
        var response = await Client("http://portal.example").SendAsync(Get("/Account/Login", stranger, "https"));

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
    }
}
