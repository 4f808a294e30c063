using System.Text.Json;
using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Features.Users;
using MerchantPortal.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Users;

/// <summary>What an admin changes on an account — roles, disable and enable, the second factor — and the audit entry each leaves.</summary>
public class UserAdministrationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task AsAdminAsync(Func<UserAdministrationService, Task> action) =>
        factory.WithServicesAsync(async sp =>
        {
            await action(sp.GetRequiredService<UserAdministrationService>());
            return true;
        });

    private async Task<List<string>> RolesAsync(string userId) =>
        await factory.WithServicesAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
            return (await users.GetRolesAsync((await users.FindByIdAsync(userId))!)).Order().ToList();
        });

    private async Task<string> LastAuditDetailsAsync(string action, string subjectId, string actorId)
    {
        await using var db = await factory.CreateDbContextAsync();
        var entry = await db.AuditEntries.Where(e => e.Action == action && e.SubjectId == subjectId).OrderByDescending(e => e.Id).FirstAsync();
        Assert.Equal(actorId, entry.ActorUserId);
        return entry.Details;
    }

    [Fact]
    public async Task ChangeRoles_ReviewerMadeAdmin_HoldsBothRoles_AndTheChangeIsAudited()
    {
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);

        await AsAdminAsync(s => s.ChangeRolesAsync(admin.Id, reviewer.Id, [PortalRoles.Reviewer, PortalRoles.Admin]));

        Assert.Equal([PortalRoles.Admin, PortalRoles.Reviewer], await RolesAsync(reviewer.Id));
        var details = JsonDocument.Parse(await LastAuditDetailsAsync("user.roles-change", reviewer.Id, admin.Id)).RootElement;
        Assert.Equal([PortalRoles.Admin], details.GetProperty("added").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(details.GetProperty("removed").EnumerateArray());

        await AsAdminAsync(s => s.ChangeRolesAsync(admin.Id, reviewer.Id, [PortalRoles.Admin]));

        Assert.Equal([PortalRoles.Admin], await RolesAsync(reviewer.Id));
    }

    [Fact]
    public async Task ChangeRoles_NoneOrNotStaff_OrForAnApplicant_IsRefused()
    {
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var applicant = await factory.CreateAccountAsync(PortalRoles.Applicant);

        var none = await Assert.ThrowsAsync<DomainException>(() => AsAdminAsync(s => s.ChangeRolesAsync(admin.Id, reviewer.Id, [])));
        var applicantRole = await Assert.ThrowsAsync<DomainException>(() => AsAdminAsync(s => s.ChangeRolesAsync(admin.Id, reviewer.Id, [PortalRoles.Applicant])));
        var forApplicant = await Assert.ThrowsAsync<DomainException>(() => AsAdminAsync(s => s.ChangeRolesAsync(admin.Id, applicant.Id, [PortalRoles.Reviewer])));

        Assert.Equal([DomainErrors.StaffRolesRequired, DomainErrors.StaffRolesRequired, DomainErrors.StaffRolesOnly],
            [none.Code, applicantRole.Code, forApplicant.Code]);
        Assert.Equal([PortalRoles.Reviewer], await RolesAsync(reviewer.Id));
        Assert.Equal([PortalRoles.Applicant], await RolesAsync(applicant.Id));
    }

    [Fact]
    public async Task Disable_RefusesSignIn_EnableRestoresIt_BothAudited()
    {
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var credentials = new Dictionary<string, string> { ["Input.Email"] = reviewer.Email, ["Input.Password"] = reviewer.Password };

        await AsAdminAsync(s => s.DisableAsync(admin.Id, reviewer.Id));
        var (refused, page) = await factory.CreateFormClient().SubmitAsync("/Account/Login", "login", credentials);

        Assert.Equal("/Account/Login", refused.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("邮箱或密码不正确", page.Body!.TextContent);
        Assert.Equal("{}", await LastAuditDetailsAsync("user.disable", reviewer.Id, admin.Id));

        await AsAdminAsync(s => s.EnableAsync(admin.Id, reviewer.Id));
        var (accepted, _) = await factory.CreateFormClient().SubmitAsync("/Account/Login", "login", credentials);

        Assert.Equal("/Account/LoginWith2fa", accepted.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("{}", await LastAuditDetailsAsync("user.enable", reviewer.Id, admin.Id));
    }

    [Fact]
    public async Task Disable_ChangesTheSecurityStamp_SoSessionsEnd()
    {
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        await using var before = await factory.CreateDbContextAsync();
        var stamp = await before.Users.Where(u => u.Id == reviewer.Id).Select(u => u.SecurityStamp).SingleAsync();

        await AsAdminAsync(s => s.DisableAsync(admin.Id, reviewer.Id));

        await using var after = await factory.CreateDbContextAsync();
        var user = await after.Users.SingleAsync(u => u.Id == reviewer.Id);
        Assert.NotEqual(stamp, user.SecurityStamp);
        Assert.True(AccountLockout.IsDisabled(user.LockoutEnd));
    }

    [Fact]
    public async Task ResetTwoFactor_ForgetsTheAuthenticator_StaffMustEnrolAgainAtTheNextSignIn()
    {
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);

        await AsAdminAsync(s => s.ResetTwoFactorAsync(admin.Id, reviewer.Id));

        var (enabled, key) = await factory.WithServicesAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
            var user = (await users.FindByIdAsync(reviewer.Id))!;
            return (await users.GetTwoFactorEnabledAsync(user), await users.GetAuthenticatorKeyAsync(user));
        });
        Assert.False(enabled);
        Assert.Null(key);
        Assert.Equal("{}", await LastAuditDetailsAsync("user.two-factor-reset", reviewer.Id, admin.Id));

        // The password alone signs in now, and every staff page sends the reviewer to enrol a new authenticator.
        var client = await factory.SignInAsync(reviewer with { AuthenticatorKey = null });
        var (response, _) = await client.GetAsync("/review");
        Assert.Equal("/Account/Manage/EnableAuthenticator", response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task Changes_ByAReviewer_AreRefused()
    {
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var other = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);

        var refused = await Assert.ThrowsAsync<DomainException>(() => AsAdminAsync(s => s.DisableAsync(reviewer.Id, other.Id)));

        Assert.Equal(DomainErrors.NotAdmin, refused.Code);
        await using var db = await factory.CreateDbContextAsync();
        Assert.False(AccountLockout.IsDisabled(await db.Users.Where(u => u.Id == other.Id).Select(u => u.LockoutEnd).SingleAsync()));
    }
}
