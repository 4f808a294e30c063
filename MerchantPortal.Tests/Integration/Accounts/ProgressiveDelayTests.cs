using System.Net;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Tests.Integration.Accounts;

/// <summary>
/// Wrong passwords slow an account down (2 s, 4 s, … after the fifth) but never lock it: once the wait is over the
/// owner signs in. The per-account rate limit is raised here so that only the delay is seen.
/// </summary>
public class ProgressiveDelayTests(ProgressiveDelayTests.Factory factory) : IClassFixture<ProgressiveDelayTests.Factory>
{
    public sealed class Factory : ThrottledPortalFactory
    {
        protected override IReadOnlyDictionary<string, string> Limits { get; } = new Dictionary<string, string>
        {
            ["Identity:SignInLimits:PerAddressPerMinute"] = "1000",
            ["Identity:SignInLimits:PerAccountPerMinute"] = "1000",
            ["Identity:SignInLimits:FreeFailures"] = "5",
        };
    }

    private static Dictionary<string, string> Credentials(string email, string password) =>
        new() { ["Input.Email"] = email, ["Input.Password"] = password };

    [Fact]
    public async Task SignIn_AfterFiveWrongPasswords_WaitsLongerEachTime_ThenTheOwnerSignsIn()
    {
        var account = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var attacker = factory.ClientAt("10.30.0.1");
        for (var i = 0; i < 5; i++)
        {
            var (failed, _) = await attacker.SubmitAsync("/Account/Login", "login", Credentials(account.Email, "Wrong-password-1"));
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        var owner = factory.ClientAt("10.30.0.2");
        var (waiting, page) = await owner.SubmitAsync("/Account/Login", "login", Credentials(account.Email, account.Password));
        Assert.Equal(HttpStatusCode.TooManyRequests, waiting.StatusCode);
        Assert.Contains("请等待 2 秒", page.Body!.TextContent);

        factory.Clock.Advance(TimeSpan.FromSeconds(3));
        await attacker.SubmitAsync("/Account/Login", "login", Credentials(account.Email, "Wrong-password-1"));
        (waiting, page) = await owner.SubmitAsync("/Account/Login", "login", Credentials(account.Email, account.Password));
        Assert.Equal(HttpStatusCode.TooManyRequests, waiting.StatusCode);
        Assert.Contains("请等待 4 秒", page.Body!.TextContent);

        factory.Clock.Advance(TimeSpan.FromSeconds(5));
        var (signedIn, _) = await owner.SubmitAsync("/Account/Login", "login", Credentials(account.Email, account.Password));
        Assert.Equal("/", signedIn.RequestMessage!.RequestUri!.AbsolutePath);
        await using var db = await factory.CreateDbContextAsync();
        Assert.Null(await db.Users.Where(u => u.Id == account.Id).Select(u => u.LockoutEnd).SingleAsync());
    }

    [Fact]
    public async Task SignIn_UnknownAddress_IsDelayedExactlyLikeAnAccount()
    {
        var client = factory.ClientAt("10.30.0.3");
        var email = $"nobody-{Guid.NewGuid():N}@example.test";
        for (var i = 0; i < 5; i++)
        {
            await client.SubmitAsync("/Account/Login", "login", Credentials(email, "Wrong-password-1"));
        }

        var (waiting, page) = await client.SubmitAsync("/Account/Login", "login", Credentials(email, "Wrong-password-1"));

        Assert.Equal(HttpStatusCode.TooManyRequests, waiting.StatusCode);
        Assert.Contains("请等待 2 秒", page.Body!.TextContent);
    }
}
