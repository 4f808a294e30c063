using System.Net;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Features.Users;
using MerchantPortal.Infrastructure.Authorization;
using MerchantPortal.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MerchantPortal.Tests.Integration.Accounts;

/// <summary>
/// A sign-in cookie meets its account's changes at the next page load, and on other requests within
/// Identity:RevalidationInterval (on the portal's clock): a disabled account is signed out, changed roles arrive, and staff
/// keep their second factor. Open circuits: E2E/Users.
/// </summary>
public class SessionRevalidationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task AsAdminAsync(Func<UserAdministrationService, Task> action) =>
        factory.WithServicesAsync(async sp =>
        {
            await action(sp.GetRequiredService<UserAdministrationService>());
            return true;
        });

    [Fact]
    public async Task StaffCookie_PastTheInterval_IsRevalidated_AndKeepsTheSecondFactor()
    {
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var client = await factory.SignInAsync(reviewer);

        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var (response, _) = await client.GetAsync("/review");
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var (again, _) = await client.GetAsync("/review");

        Assert.Equal(("/review", "/review"), (response.RequestMessage!.RequestUri!.AbsolutePath, again.RequestMessage!.RequestUri!.AbsolutePath));
    }

    [Fact]
    public async Task DisabledAccount_TheNextPageLoad_SignsItOut()
    {
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var client = await factory.SignInAsync(reviewer);

        await AsAdminAsync(s => s.DisableAsync(admin.Id, reviewer.Id));
        var (response, _) = await client.GetAsync("/review");

        Assert.Equal("/Account/Login", response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task DisabledAccount_ItsCookie_IsRefusedByEndpointsOnceTheIntervalHasPassed()
    {
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var client = await factory.SignInAsync(reviewer);

        await AsAdminAsync(s => s.DisableAsync(admin.Id, reviewer.Id));
        factory.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var response = await client.Http.GetAsync("/api/audit.csv?subject=none");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task NewRoles_ReachTheCookie_AtTheNextPageLoad_WithTheSecondFactorKept()
    {
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var client = await factory.SignInAsync(reviewer);

        await AsAdminAsync(s => s.ChangeRolesAsync(admin.Id, reviewer.Id, [PortalRoles.Reviewer, PortalRoles.Admin]));
        var (response, _) = await client.GetAsync("/admin/users");

        Assert.Equal("/admin/users", response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public void TheInterval_IsConfigured_ForCookiesAndCircuitsAlike()
    {
        using var configured = factory.WithWebHostBuilder(b => b.UseSetting("Identity:RevalidationInterval", "00:00:05"));

        var session = configured.Services.GetRequiredService<IOptions<SessionRevalidationOptions>>().Value;
        var stamp = configured.Services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;

        Assert.Equal((TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5)), (session.RevalidationInterval, stamp.ValidationInterval));
        Assert.Equal(TimeSpan.FromMinutes(1), factory.Services.GetRequiredService<IOptions<SessionRevalidationOptions>>().Value.RevalidationInterval);
    }
}
