using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Features.Users;
using MerchantPortal.Infrastructure.Localization;
using MerchantPortal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Users;

/// <summary>The portal always keeps an admin who can sign in: the last enabled one is never disabled or demoted.</summary>
public class LastAdminTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task AsAdminAsync(Func<UserAdministrationService, Task> action) =>
        factory.WithServicesAsync(async sp =>
        {
            await action(sp.GetRequiredService<UserAdministrationService>());
            return true;
        });

    /// <summary>An admin who is the only enabled one: every admin the class made before is disabled first.</summary>
    private async Task<TestAccount> SoleAdminAsync()
    {
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        await using var db = await factory.CreateDbContextAsync();
        var admins = db.UserIdsInRole(PortalRoles.Admin);
        await db.Users.Where(u => admins.Contains(u.Id) && u.Id != admin.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, AccountLockout.DisabledUntil));
        return admin;
    }

    [Fact]
    public async Task TheLastEnabledAdmin_CannotDisableThemself_NorGiveUpTheAdminRole()
    {
        var admin = await SoleAdminAsync();

        var disable = await Assert.ThrowsAsync<DomainException>(() => AsAdminAsync(s => s.DisableAsync(admin.Id, admin.Id)));
        var demote = await Assert.ThrowsAsync<DomainException>(() => AsAdminAsync(s => s.ChangeRolesAsync(admin.Id, admin.Id, [PortalRoles.Reviewer])));

        Assert.Equal([DomainErrors.LastAdmin, DomainErrors.LastAdmin], [disable.Code, demote.Code]);
        await using var db = await factory.CreateDbContextAsync();
        Assert.True(await db.UserIdsInRole(PortalRoles.Admin).ContainsAsync(admin.Id));
        Assert.False(AccountLockout.IsDisabled(await db.Users.Where(u => u.Id == admin.Id).Select(u => u.LockoutEnd).SingleAsync()));
    }

    [Theory]
    [InlineData("zh-CN", "最后一位启用中的管理员")]
    [InlineData("en", "last enabled admin")]
    public void LastAdmin_ReadsInBothLanguages(string culture, string expected)
    {
        using var scope = new CultureScope(culture);

        Assert.Contains(expected, ErrorMessages.For(new DomainException(DomainErrors.LastAdmin)));
    }

    [Fact]
    public async Task DisabledAndInvitedAdmins_DoNotCount()
    {
        var admin = await SoleAdminAsync();
        await factory.WithServicesAsync(sp => sp.GetRequiredService<StaffInvitationService>().InviteAsync(admin.Id,
            new InviteStaffInput { Email = $"invited-admin-{Guid.NewGuid():N}@example.test", DisplayName = "新管理员", Role = PortalRoles.Admin },
            "zh-CN", (id, token) => $"http://localhost/Account/AcceptInvitation?userId={id}&code={token}"));

        var refused = await Assert.ThrowsAsync<DomainException>(() => AsAdminAsync(s => s.DisableAsync(admin.Id, admin.Id)));

        Assert.Equal(DomainErrors.LastAdmin, refused.Code);
    }

    [Fact]
    public async Task WithASecondAdmin_OneMayStepDown_ThenTheOtherIsTheLast()
    {
        var first = await SoleAdminAsync();
        var second = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);

        await AsAdminAsync(s => s.ChangeRolesAsync(first.Id, first.Id, [PortalRoles.Reviewer]));
        var refused = await Assert.ThrowsAsync<DomainException>(() => AsAdminAsync(s => s.DisableAsync(second.Id, second.Id)));

        Assert.Equal(DomainErrors.LastAdmin, refused.Code);
    }

    [Fact]
    public async Task TwoAdminsDisablingEachOtherAtOnce_OnlyOneSucceeds()
    {
        var first = await SoleAdminAsync();
        var second = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);

        var outcomes = await Task.WhenAll(
            Outcome(() => AsAdminAsync(s => s.DisableAsync(first.Id, second.Id))),
            Outcome(() => AsAdminAsync(s => s.DisableAsync(second.Id, first.Id))));

        // The loser is refused as the last admin's remover, or, when it comes second, as a disabled admin.
        Assert.Single(outcomes, o => o == "ok");
        Assert.Single(outcomes, o => o is DomainErrors.LastAdmin or DomainErrors.NotAdmin);
        await using var db = await factory.CreateDbContextAsync();
        var lockouts = await db.Users.Where(u => u.Id == first.Id || u.Id == second.Id).Select(u => u.LockoutEnd).ToListAsync();
        Assert.Single(lockouts, end => !AccountLockout.IsDisabled(end));
    }

    private static async Task<string> Outcome(Func<Task> action)
    {
        try
        {
            await action();
            return "ok";
        }
        catch (DomainException e)
        {
            return e.Code;
        }
    }
}
