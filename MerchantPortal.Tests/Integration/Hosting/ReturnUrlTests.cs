using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Tests.Support;

namespace MerchantPortal.Tests.Integration.Hosting;

/// <summary>Every redirect target a request names: a path on this site is followed, anything else goes home, never 500.</summary>
public class ReturnUrlTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    public static TheoryData<string> Crafted() =>
        ["https://evil.example/", "//evil.example", "/\\evil.example", "\\evil.example", "/\t/evil.example", "javascript:alert(1)"];

    /// <summary>Where a redirect lands, read as the browser reads it: a path on this site, or the whole foreign address.</summary>
    private static string Landing(HttpResponseMessage response)
    {
        Assert.True((int)response.StatusCode is >= 300 and < 400, $"expected a redirect, got {(int)response.StatusCode}");
        var target = new Uri(new Uri("http://localhost/"), response.Headers.Location!);
        return target.Host == "localhost" ? target.PathAndQuery : target.ToString();
    }

    [Theory]
    [MemberData(nameof(Crafted))]
    public async Task SignIn_WithACraftedReturnUrl_GoesHome(string returnUrl)
    {
        var account = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var client = factory.CreateFormClient(followRedirects: false);

        var (response, _) = await client.SubmitAsync($"/Account/Login?ReturnUrl={Uri.EscapeDataString(returnUrl)}", "login",
            new Dictionary<string, string> { ["Input.Email"] = account.Email, ["Input.Password"] = account.Password });

        Assert.Equal("/", Landing(response));
    }

    [Fact]
    public async Task SignIn_WithALocalReturnUrl_GoesThere()
    {
        var account = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var client = factory.CreateFormClient(followRedirects: false);

        var (response, _) = await client.SubmitAsync($"/Account/Login?ReturnUrl={Uri.EscapeDataString("/notifications?page=2")}", "login",
            new Dictionary<string, string> { ["Input.Email"] = account.Email, ["Input.Password"] = account.Password });

        Assert.Equal("/notifications?page=2", Landing(response));
    }

    [Theory]
    [MemberData(nameof(Crafted))]
    [InlineData("/\r\n/evil.example")]
    public async Task CultureSwitch_WithACraftedReturnUrl_GoesHome(string returnUrl)
    {
        var client = factory.CreateFormClient(followRedirects: false);

        var response = await client.Http.GetAsync($"/culture/set?culture=en&returnUrl={Uri.EscapeDataString(returnUrl)}");

        Assert.Equal("/", Landing(response));
    }

    [Fact]
    public async Task CultureSwitch_ToAPathWithChinese_RedirectsThereEncoded()
    {
        var client = factory.CreateFormClient(followRedirects: false);

        var response = await client.Http.GetAsync($"/culture/set?culture=en&returnUrl={Uri.EscapeDataString("/review?q=测试")}");

        Assert.Equal("/review?q=%E6%B5%8B%E8%AF%95", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("\\evil.example")]
    [InlineData("/\\evil.example")]
    public async Task SignOut_WithACraftedReturnUrl_GoesHome(string returnUrl)
    {
        var account = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var signedIn = await factory.SignInAsync(account);
        var page = new HtmlParser().ParseDocument(await signedIn.Http.GetStringAsync("/Account/Manage"));
        var form = page.QuerySelector("form[action$='Account/Logout']") as IHtmlFormElement
            ?? throw new InvalidOperationException("No sign-out form on /Account/Manage");
        var fields = form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>()
            .ToDictionary(i => i.Name!, i => i.Value);
        fields["ReturnUrl"] = returnUrl;

        var response = await signedIn.Http.PostAsync("/Account/Logout", new FormUrlEncodedContent(fields));

        // Redirects followed: the last request is where the browser ends up.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("http://localhost/", response.RequestMessage!.RequestUri!.ToString());
    }
}
