using System.Net;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Tests.Support;

namespace MerchantPortal.Tests.Integration.Settings;

/// <summary>The settings page is for admins: everyone else is refused while it is still being prerendered.</summary>
public class SettingsPageAccessTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData(PortalRoles.Applicant)]
    [InlineData(PortalRoles.Reviewer)]
    public async Task ANonAdmin_IsDenied(string role)
    {
        var account = await factory.CreateAccountAsync(role, withAuthenticator: role != PortalRoles.Applicant);
        var client = await factory.SignInAsync(account);

        var (response, page) = await client.GetAsync("/admin/settings");

        Assert.Equal("/Account/AccessDenied", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.DoesNotContain("系统设置", page.QuerySelector("h1")?.TextContent ?? "");
    }

    [Fact]
    public async Task Anonymous_IsSentToSignIn()
    {
        var (response, _) = await factory.CreateFormClient().GetAsync("/admin/settings");

        Assert.Equal("/Account/Login", response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task AnAdmin_OpensIt()
    {
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        var client = await factory.SignInAsync(admin);

        var (response, page) = await client.GetAsync("/admin/settings");

        Assert.Equal(("/admin/settings", HttpStatusCode.OK), (response.RequestMessage!.RequestUri!.AbsolutePath, response.StatusCode));
        Assert.Equal("系统设置", page.QuerySelector("h1")!.TextContent);
    }
}
