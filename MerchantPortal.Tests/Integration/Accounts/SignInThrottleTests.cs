using System.Net;
using AngleSharp.Html.Dom;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Tests.Support;

namespace MerchantPortal.Tests.Integration.Accounts;

/// <summary>The account forms' default limits: 10 attempts per address and 5 per account per minute, each form its own.</summary>
public class SignInThrottleTests(ThrottledPortalFactory factory) : IClassFixture<ThrottledPortalFactory>
{
    private const string Refused = "尝试次数过多";

    public static TheoryData<string, string> Forms => new()
    {
        { "/Account/Login", "login" },
        { "/Account/Register", "register" },
        { "/Account/ForgotPassword", "forgot-password" },
        { "/Account/ResendEmailConfirmation", "resend-email-confirmation" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Form_ElevenAttemptsFromOneAddress_TheEleventhIs429(string url, string form)
    {
        var client = factory.ClientAt(NewAddress());
        for (var i = 0; i < 10; i++)
        {
            var (allowed, _) = await client.SubmitAsync(url, form, Fields(url, $"addr-{i}-{Guid.NewGuid():N}@example.test"));
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }

        var (refused, page) = await client.SubmitAsync(url, form, Fields(url, $"addr-last-{Guid.NewGuid():N}@example.test"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains(Refused, Alert(page));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Form_SixAttemptsForOneAccountFromSixAddresses_TheSixthIs429(string url, string form)
    {
        var email = $"account-{Guid.NewGuid():N}@example.test";
        for (var i = 0; i < 5; i++)
        {
            var (allowed, _) = await factory.ClientAt(NewAddress()).SubmitAsync(url, form, Fields(url, email));
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }

        var (refused, page) = await factory.ClientAt(NewAddress()).SubmitAsync(url, form, Fields(url, email.ToUpperInvariant()));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains(Refused, Alert(page));
    }

    [Fact]
    public async Task SignIn_RefusalInEnglish_IsLocalized()
    {
        var client = factory.ClientAt(NewAddress());
        await client.Http.GetAsync("/culture/set?culture=en&returnUrl=%2F");
        var email = $"english-{Guid.NewGuid():N}@example.test";
        for (var i = 0; i < 5; i++)
        {
            await client.SubmitAsync("/Account/Login", "login", Fields("/Account/Login", email));
        }

        var (refused, page) = await client.SubmitAsync("/Account/Login", "login", Fields("/Account/Login", email));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Too many attempts", Alert(page));
    }

    [Theory]
    [InlineData("/Account/LoginWith2fa", "login-with-2fa", "Input.Code", "000000")]
    [InlineData("/Account/LoginWithRecoveryCode", "login-with-recovery-code", "Input.RecoveryCode", "AAAAA-BBBBB")]
    public async Task TwoFactor_RepeatedWrongCodes_Are429(string url, string form, string field, string wrong)
    {
        var staff = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var client = factory.ClientAt(NewAddress());
        var (passed, _) = await client.SubmitAsync("/Account/Login", "login",
            new Dictionary<string, string> { ["Input.Email"] = staff.Email, ["Input.Password"] = staff.Password });
        Assert.Equal("/Account/LoginWith2fa", passed.RequestMessage!.RequestUri!.AbsolutePath);

        var statuses = new List<HttpStatusCode>();
        IHtmlDocument? last = null;
        for (var i = 0; i < 6; i++)
        {
            (var response, last) = await client.SubmitAsync(url, form, new Dictionary<string, string> { [field] = wrong });
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(5), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[5]);
        Assert.Contains(Refused, Alert(last!));
    }

    private static int next = 1;

    private static string NewAddress() => $"10.20.{Interlocked.Increment(ref next) / 250}.{next % 250 + 1}";

    private static Dictionary<string, string> Fields(string url, string email) => url switch
    {
        "/Account/Login" => new() { ["Input.Email"] = email, ["Input.Password"] = "Wrong-password-1" },
        "/Account/Register" => new()
        {
            ["Input.DisplayName"] = "限流测试",
            ["Input.OrganizationName"] = "限流测试单位 " + Guid.NewGuid().ToString("N")[..8],
            ["Input.Email"] = email,
            ["Input.Password"] = TestAccounts.Password,
            ["Input.ConfirmPassword"] = TestAccounts.Password,
        },
        _ => new() { ["Input.Email"] = email },
    };

    private static string Alert(IHtmlDocument page) => page.QuerySelector("[role=alert]")?.TextContent.Trim() ?? "";
}
