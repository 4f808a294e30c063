using MerchantPortal.Components.Account.TwoFactor;
using MerchantPortal.Data;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace MerchantPortal.Tests.Integration.Accounts;

public class AuthenticatorTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task TwoFactorSignIn_ReusedCode_IsRefused()
    {
        var staff = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        // The phone's current code, used once by the owner and then replayed by someone who saw it.
        var code = new Totp(Base32Encoding.ToBytes(staff.AuthenticatorKey!)).ComputeTotp(DateTime.UtcNow);

        var (first, _) = await PasswordThenCodeAsync(staff, code);
        var (second, page) = await PasswordThenCodeAsync(staff, code);

        Assert.NotEqual("/Account/LoginWith2fa", first.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.NotEqual("/Account/Login", first.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("/Account/LoginWith2fa", second.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("验证码不正确", page.Body!.TextContent);
    }

    [Fact]
    public async Task EnableAuthenticator_WhenEnrolled_NeverShowsTheKey()
    {
        var staff = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var client = await factory.SignInAsync(staff);

        var (_, page) = await client.GetAsync("/Account/Manage/EnableAuthenticator");

        Assert.Null(page.QuerySelector("[data-testid=authenticator-key]"));
        Assert.Null(page.QuerySelector("[data-testid=authenticator-qr]"));
        Assert.NotNull(page.QuerySelector("[data-testid=authenticator-enrolled]"));
        var html = page.DocumentElement.OuterHtml.Replace(" ", "");
        Assert.DoesNotContain(staff.AuthenticatorKey!, html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ResetAuthenticator_NeedsThePassword()
    {
        var staff = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var client = await factory.SignInAsync(staff);

        var (_, wrong) = await client.SubmitAsync("/Account/Manage/ResetAuthenticator", "reset-authenticator",
            new Dictionary<string, string> { ["Input.Password"] = "Not-the-password-1" });
        Assert.Contains("密码不正确", wrong.Body!.TextContent);
        Assert.Equal(staff.AuthenticatorKey, await KeyAsync(staff.Id));

        var (reset, page) = await client.SubmitAsync("/Account/Manage/ResetAuthenticator", "reset-authenticator",
            new Dictionary<string, string> { ["Input.Password"] = staff.Password });
        Assert.Equal("/Account/Manage/EnableAuthenticator", reset.RequestMessage!.RequestUri!.AbsolutePath);
        var newKey = await KeyAsync(staff.Id);
        Assert.NotEqual(staff.AuthenticatorKey, newKey);
        Assert.NotNull(page.QuerySelector("[data-testid=authenticator-key]"));
    }

    [Fact]
    public async Task AuthenticatorKeyAndRecoveryCodes_AreStoredEncrypted()
    {
        var staff = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var codes = await factory.WithServicesAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
            return (await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByIdAsync(staff.Id))!, 10))!.ToList();
        });

        await using var db = await factory.CreateDbContextAsync();
        var rows = await db.UserTokens.Where(t => t.UserId == staff.Id && t.LoginProvider == "[AspNetUserStore]").ToListAsync();
        Assert.Equal(["AuthenticatorKey", "RecoveryCodes"], rows.Select(r => r.Name).Order());
        Assert.All(rows, r => Assert.StartsWith(UserTokenProtector.Prefix, r.Value));
        Assert.DoesNotContain(staff.AuthenticatorKey!, rows.Single(r => r.Name == "AuthenticatorKey").Value);
        Assert.All(codes, code => Assert.DoesNotContain(code, rows.Single(r => r.Name == "RecoveryCodes").Value));
        Assert.Equal(staff.AuthenticatorKey, await KeyAsync(staff.Id));
    }

    [Fact]
    public async Task PlainTextKeyFromAnEarlierVersion_IsReadAndEncryptedAtStartUp()
    {
        var staff = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        await using (var db = await factory.CreateDbContextAsync())
        {
            await db.UserTokens.Where(t => t.UserId == staff.Id && t.Name == "AuthenticatorKey")
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Value, staff.AuthenticatorKey));
        }

        Assert.Equal(staff.AuthenticatorKey, await KeyAsync(staff.Id));
        await factory.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<UserTokenMigration>().Single()
            .StartAsync(CancellationToken.None);

        await using var after = await factory.CreateDbContextAsync();
        var stored = await after.UserTokens.SingleAsync(t => t.UserId == staff.Id && t.Name == "AuthenticatorKey");
        Assert.StartsWith(UserTokenProtector.Prefix, stored.Value);
        Assert.Equal(staff.AuthenticatorKey, await KeyAsync(staff.Id));
    }

    private Task<string?> KeyAsync(string userId) => factory.WithServicesAsync(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
        return await users.GetAuthenticatorKeyAsync((await users.FindByIdAsync(userId))!);
    });

    private async Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Page)> PasswordThenCodeAsync(TestAccount staff, string code)
    {
        var client = factory.CreateFormClient();
        var (response, _) = await client.SubmitAsync("/Account/Login", "login",
            new Dictionary<string, string> { ["Input.Email"] = staff.Email, ["Input.Password"] = staff.Password });
        return await client.SubmitAsync(response.RequestMessage!.RequestUri!.PathAndQuery, "login-with-2fa",
            new Dictionary<string, string> { ["Input.Code"] = code });
    }
}
