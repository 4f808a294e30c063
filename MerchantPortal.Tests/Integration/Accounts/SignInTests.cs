using MerchantPortal.Domain.Accounts;
using MerchantPortal.Tests.Support;

namespace MerchantPortal.Tests.Integration.Accounts;

public class SignInTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory factory;

    public SignInTests(PortalFactory factory) => this.factory = factory;

    private static Dictionary<string, string> Credentials(string email, string password) =>
        new() { ["Input.Email"] = email, ["Input.Password"] = password };

    [Fact]
    public async Task SignIn_UnknownEmail_AndWrongPassword_GetTheSameAnswer()
    {
        var account = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var client = factory.CreateFormClient();

        var (_, unknown) = await client.SubmitAsync("/Account/Login", "login", Credentials("nobody@example.test", "Wrong-password-1"));
        var (_, wrong) = await client.SubmitAsync("/Account/Login", "login", Credentials(account.Email, "Wrong-password-1"));

        Assert.Equal(Alert(unknown), Alert(wrong));
    }

    [Fact]
    public async Task ForgotPassword_UnknownAndKnownEmail_GetTheSameAnswer_OnlyTheKnownGetsMail()
    {
        var account = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var client = factory.CreateFormClient();

        var (unknown, _) = await client.SubmitAsync("/Account/ForgotPassword", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = "nobody@example.test" });
        var (known, _) = await client.SubmitAsync("/Account/ForgotPassword", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = account.Email });

        Assert.Equal(unknown.RequestMessage!.RequestUri!.AbsolutePath, known.RequestMessage!.RequestUri!.AbsolutePath);
        // Mail goes out in the background, in order: once the known address has its mail, the unknown one's turn has passed.
        var reset = factory.Mail.Last(account.Email);
        Assert.Empty(factory.Mail.To("nobody@example.test"));
        Assert.Equal("重置您的商户进件门户密码", reset.Subject);

        var (_, resetPage) = await client.SubmitAsync(Mailbox.Link(reset, "/Account/ResetPassword"), "reset-password", new Dictionary<string, string>
        {
            ["Input.Email"] = account.Email,
            ["Input.Password"] = "N3w-passw0rd!",
            ["Input.ConfirmPassword"] = "N3w-passw0rd!",
        });
        Assert.Contains("您的密码已重置", resetPage.Body!.TextContent);
    }

    private static string Alert(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelector("[role=alert]")?.TextContent.Trim() ?? "";
}
