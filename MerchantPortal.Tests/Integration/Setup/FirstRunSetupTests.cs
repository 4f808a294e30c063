using System.Text.RegularExpressions;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Features.Setup;
using MerchantPortal.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Setup;

/// <summary>Each test starts its own portal: the first admin can only be created once per database.</summary>
public partial class FirstRunSetupTests
{
    private static Dictionary<string, string> AdminForm(string email) => new()
    {
        ["Input.DisplayName"] = "运营负责人",
        ["Input.Email"] = email,
        ["Input.Password"] = TestAccounts.Password,
        ["Input.ConfirmPassword"] = TestAccounts.Password,
    };

    private static async Task<string> PrintedLinkAsync(PortalFactory portal)
    {
        portal.CreateClient();
        var printed = await portal.WaitForConsoleAsync("/setup?token=");
        return new Uri(SetupLink().Match(printed).Value).PathAndQuery;
    }

    [Fact]
    public async Task PrintedLink_CreatesTheFirstAdmin_Once_ThenNoMoreLinks()
    {
        await using var portal = new PortalFactory();
        var link = await PrintedLinkAsync(portal);
        var email = "ops@example.test";

        var (_, created) = await portal.CreateFormClient().SubmitAsync(link, "first-run-setup", AdminForm(email));
        Assert.Contains("管理员账户已创建", created.Body!.TextContent);

        var (_, reused) = await portal.CreateFormClient().GetAsync(link);
        Assert.Contains("此设置链接无效、已过期或已被使用", reused.Body!.TextContent);
        Assert.Empty(reused.Forms);
        Assert.Null(await portal.WithServicesAsync(sp => sp.GetRequiredService<FirstRunSetupService>().IssueTokenIfNoAdminAsync()));

        // The new admin signs in and is sent to enrol two-factor sign-in before any staff page.
        var admin = new TestAccount("", email, TestAccounts.Password, PortalRoles.Admin, null, null, null);
        var (response, _) = await (await portal.SignInAsync(admin)).GetAsync("/admin");
        Assert.Equal("/Account/Manage/EnableAuthenticator", response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task PrintedLink_ExpiresAfterAnHour()
    {
        await using var portal = new PortalFactory();
        var link = await PrintedLinkAsync(portal);

        portal.Clock.Advance(TimeSpan.FromMinutes(61));
        var (_, page) = await portal.CreateFormClient().GetAsync(link);
        var token = link.Split("token=")[1];
        var errors = await portal.WithServicesAsync(sp =>
            sp.GetRequiredService<FirstRunSetupService>().CreateAdminAsync(token, new SetupInput
            {
                DisplayName = "迟到的人",
                Email = "late@example.test",
                Password = TestAccounts.Password,
                ConfirmPassword = TestAccounts.Password,
            }));

        Assert.Contains("此设置链接无效、已过期或已被使用", page.Body!.TextContent);
        Assert.NotEmpty(errors);
        Assert.False(await portal.WithServicesAsync(sp => sp.GetRequiredService<FirstRunSetupService>().AdminExistsAsync()));
    }

    [Fact]
    public async Task AddStaff_RefusesAdminsBeforeTheFirstAdmin_ButCreatesReviewersWhoCanSignIn()
    {
        await using var portal = new PortalFactory();
        var command = (Func<string, string, Task<int>>)((email, role) =>
            portal.WithServicesAsync(sp => sp.GetRequiredService<AddStaffCommand>().RunAsync(email, role)));

        Assert.Equal(1, await command("boss@example.test", "Admin"));
        Assert.Equal(1, await command("x@example.test", "Superuser"));
        Assert.Equal(0, await command("reviewer@example.test", "reviewer"));
        Assert.Equal(1, await command("reviewer@example.test", "Reviewer"));

        var password = Regex.Match(portal.ConsoleOutput.ToString(), @"Created Reviewer reviewer@example\.test with password (\S+)").Groups[1].Value;
        var reviewer = new TestAccount("", "reviewer@example.test", password, PortalRoles.Reviewer, null, null, null);
        var (response, _) = await (await portal.SignInAsync(reviewer)).GetAsync("/review");
        Assert.Equal("/Account/Manage/EnableAuthenticator", response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [GeneratedRegex(@"http://\S+/setup\?token=\S+")]
    private static partial Regex SetupLink();
}
