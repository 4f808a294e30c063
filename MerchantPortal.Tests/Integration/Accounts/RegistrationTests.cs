using MerchantPortal.Domain.Accounts;
using MerchantPortal.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Tests.Integration.Accounts;

public class RegistrationTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory factory;

    public RegistrationTests(PortalFactory factory) => this.factory = factory;

    private static Dictionary<string, string> Form(string email, string organization = "深圳示例商贸有限公司") => new()
    {
        ["Input.DisplayName"] = "张伟",
        ["Input.OrganizationName"] = organization,
        ["Input.Email"] = email,
        ["Input.Password"] = TestAccounts.Password,
        ["Input.ConfirmPassword"] = TestAccounts.Password,
    };

    [Fact]
    public async Task Register_ConfirmFromEmail_SignIn_ShowsApplicantHomeOfTheNewOrganization()
    {
        var client = factory.CreateFormClient();
        var email = $"new-{Guid.NewGuid():N}@example.test";

        var (registered, page) = await client.SubmitAsync("/Account/Register", "register", Form(email));
        Assert.Equal("/Account/RegisterConfirmation", registered.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("请查收邮件", page.Body!.TextContent);

        // Before confirming, the password alone does not sign in.
        var (_, refused) = await client.SubmitAsync("/Account/Login", "login",
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = TestAccounts.Password });
        Assert.Contains("邮箱或密码不正确", refused.Body!.TextContent);

        var confirmation = factory.Mail.Last(email);
        Assert.Equal("请确认您的商户进件门户邮箱", confirmation.Subject);
        var (_, confirmed) = await client.GetAsync(Mailbox.Link(confirmation, "/Account/ConfirmEmail"));
        Assert.Contains("您的邮箱已确认", confirmed.Body!.TextContent);

        await client.SubmitAsync("/Account/Login", "login",
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = TestAccounts.Password });
        var (home, homePage) = await client.GetAsync("/");
        Assert.Equal(System.Net.HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("欢迎，深圳示例商贸有限公司", homePage.Body!.TextContent);

        await using var db = await factory.CreateDbContextAsync();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        Assert.True(await db.UserRoles.AnyAsync(ur => ur.UserId == user.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == PortalRoles.Applicant)));
        Assert.Equal("zh-CN", user.PreferredCulture);
    }

    [Fact]
    public async Task Register_WithTakenEmail_LooksTheSame_AndEmailsTheOwnerInstead()
    {
        var existing = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var client = factory.CreateFormClient();

        var (response, page) = await client.SubmitAsync("/Account/Register", "register", Form(existing.Email, "另一个单位"));

        Assert.Equal("/Account/RegisterConfirmation", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("请查收邮件", page.Body!.TextContent);
        Assert.Equal("有人尝试使用您的邮箱注册", factory.Mail.Last(existing.Email).Subject);
        await using var db = await factory.CreateDbContextAsync();
        Assert.False(await db.Organizations.AnyAsync(o => o.Name == "另一个单位"));
    }

    [Fact]
    public async Task Register_WithInvalidInput_ShowsEveryProblem_AndCreatesNothing()
    {
        var client = factory.CreateFormClient();
        var email = $"bad-{Guid.NewGuid():N}";

        var (_, page) = await client.SubmitAsync("/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "",
            ["Input.OrganizationName"] = "",
            ["Input.Email"] = email,
            ["Input.Password"] = "short",
            ["Input.ConfirmPassword"] = "different",
        });

        var text = page.Body!.TextContent;
        Assert.Contains("请输入您的姓名", text);
        Assert.Contains("请输入单位名称", text);
        Assert.Contains("请输入有效的邮箱地址", text);
        Assert.Contains("密码长度须为 12 至 128 个字符", text);
        Assert.Contains("两次输入的密码不一致", text);
        await using var db = await factory.CreateDbContextAsync();
        Assert.False(await db.Users.AnyAsync(u => u.Email == email));
    }

    [Theory]
    [InlineData("Password123!")]
    [InlineData("qwertyqwerty")]
    public async Task Register_CommonPassword_IsRefusedInChinese_AndCreatesNothing(string password)
    {
        var client = factory.CreateFormClient();
        var email = $"weak-{Guid.NewGuid():N}@example.test";
        var form = Form(email);
        form["Input.Password"] = form["Input.ConfirmPassword"] = password;

        var (_, page) = await client.SubmitAsync("/Account/Register", "register", form);

        Assert.Contains("这个密码太常见", page.Body!.TextContent);
        await using var db = await factory.CreateDbContextAsync();
        Assert.False(await db.Users.AnyAsync(u => u.Email == email));
    }

    [Fact]
    public async Task Register_CommonPasswordWithTakenEmail_GetsTheSameRefusal()
    {
        var existing = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var client = factory.CreateFormClient();
        var form = Form(existing.Email);
        form["Input.Password"] = form["Input.ConfirmPassword"] = "Password123!";

        var (response, page) = await client.SubmitAsync("/Account/Register", "register", form);

        Assert.Equal("/Account/Register", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("这个密码太常见", page.Body!.TextContent);
    }
}
