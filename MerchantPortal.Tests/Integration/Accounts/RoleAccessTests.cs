using System.Net;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Tests.Support;

namespace MerchantPortal.Tests.Integration.Accounts;

/// <summary>Each role's pages refuse the other roles while the page is still being prerendered, before any circuit exists.</summary>
public class RoleAccessTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory factory;

    public RoleAccessTests(PortalFactory factory) => this.factory = factory;

    [Theory]
    [InlineData(PortalRoles.Applicant, "/review")]
    [InlineData(PortalRoles.Applicant, "/admin")]
    [InlineData(PortalRoles.Reviewer, "/admin")]
    [InlineData(PortalRoles.Reviewer, "/organizations/{org}/members")]
    [InlineData(PortalRoles.Admin, "/organizations/{org}/members")]
    public async Task OtherRolesPage_ShowsAccessDenied(string role, string path)
    {
        var applicant = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var account = role == PortalRoles.Applicant ? applicant : await factory.CreateAccountAsync(role, withAuthenticator: true);
        var client = await factory.SignInAsync(account);

        var (response, page) = await client.GetAsync(path.Replace("{org}", applicant.OrganizationId.ToString()));

        Assert.Equal("/Account/AccessDenied", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("无权访问", page.Body!.TextContent);
    }

    [Fact]
    public async Task AnAdmin_AlsoWorksTheReviewQueue()
    {
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        var client = await factory.SignInAsync(admin);

        var (response, page) = await client.GetAsync("/review");

        Assert.Equal(("/review", HttpStatusCode.OK), (response.RequestMessage!.RequestUri!.AbsolutePath, response.StatusCode));
        Assert.Contains("审核工作台", page.QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [InlineData(PortalRoles.Applicant, "/", "欢迎")]
    [InlineData(PortalRoles.Reviewer, "/review", "审核工作台")]
    [InlineData(PortalRoles.Admin, "/admin", "运营看板")]
    public async Task OwnHomePage_Opens(string role, string path, string heading)
    {
        var account = await factory.CreateAccountAsync(role, withAuthenticator: role != PortalRoles.Applicant);
        var client = await factory.SignInAsync(account);

        var (response, page) = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(path, response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains(heading, page.QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [InlineData("/review")]
    [InlineData("/admin")]
    [InlineData("/organizations/00000000-0000-0000-0000-000000000001/members")]
    public async Task Anonymous_IsSentToSignIn(string path)
    {
        var (response, _) = await factory.CreateFormClient().GetAsync(path);

        Assert.Equal("/Account/Login", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("ReturnUrl=" + Uri.EscapeDataString(path), response.RequestMessage.RequestUri.Query);
    }

    [Theory]
    [InlineData(PortalRoles.Reviewer, "/review")]
    [InlineData(PortalRoles.Admin, "/admin")]
    public async Task StaffWithoutTwoFactor_MustEnrolBeforeStaffPages(string role, string path)
    {
        var staff = await factory.CreateAccountAsync(role, withAuthenticator: false);
        var client = await factory.SignInAsync(staff);

        var (response, page) = await client.GetAsync(path);

        Assert.Equal("/Account/Manage/EnableAuthenticator", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("必须开启双重验证", page.Body!.TextContent);
        Assert.NotNull(page.QuerySelector("[data-testid=authenticator-qr] svg"));
    }

    [Fact]
    public async Task StaffEnrollingAuthenticator_ThenReachesTheirPage()
    {
        var staff = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: false);
        var client = await factory.SignInAsync(staff);
        var (_, enrolPage) = await client.GetAsync("/Account/Manage/EnableAuthenticator");
        var key = enrolPage.QuerySelector("[data-testid=authenticator-key]")!.TextContent.Replace(" ", "").ToUpperInvariant();

        var (_, codesPage) = await client.SubmitAsync("/Account/Manage/EnableAuthenticator", "send-code",
            new Dictionary<string, string> { ["Input.Code"] = (staff with { AuthenticatorKey = key }).CurrentCode() });
        Assert.Equal(10, codesPage.QuerySelectorAll("[data-testid=recovery-codes] code").Length);

        var (review, _) = await client.GetAsync("/review");
        Assert.Equal("/review", review.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task Staff_CannotTurnTwoFactorOff()
    {
        var staff = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        var client = await factory.SignInAsync(staff);

        var (response, page) = await client.GetAsync("/Account/Manage/Disable2fa");

        Assert.Equal("/Account/Manage/TwoFactorAuthentication", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("不能关闭", page.Body!.TextContent);
    }
}
