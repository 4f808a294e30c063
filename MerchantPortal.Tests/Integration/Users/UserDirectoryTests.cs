using MerchantPortal.Domain;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Features.Users;
using MerchantPortal.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Users;

/// <summary>The admins' list of accounts: search, role filter and paging done by the database, with each account's state.</summary>
public class UserDirectoryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<UserListResult> SearchAsync(string adminId, UserListQuery query) =>
        factory.WithServicesAsync(sp => sp.GetRequiredService<UserDirectoryService>().SearchAsync(adminId, query));

    [Fact]
    public async Task Search_FindsByEmailOrName_FiltersByRole_AndPages()
    {
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var applicant = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var suffix = reviewer.Email.Split('-', '@')[1];

        var byEmail = await SearchAsync(admin.Id, new UserListQuery { Search = suffix.ToUpperInvariant() });
        var byName = await SearchAsync(admin.Id, new UserListQuery { Search = $"Reviewer {suffix}" });
        var reviewers = await SearchAsync(admin.Id, new UserListQuery { Role = PortalRoles.Reviewer, PageSize = 1 });
        var secondPage = await SearchAsync(admin.Id, new UserListQuery { Role = PortalRoles.Reviewer, PageSize = 1, Page = 1 });
        var applicants = await SearchAsync(admin.Id, new UserListQuery { Role = PortalRoles.Applicant, PageSize = 100 });

        Assert.Equal([reviewer.Email], byEmail.Rows.Select(r => r.Email));
        Assert.Equal([reviewer.Email], byName.Rows.Select(r => r.Email));
        Assert.Single(reviewers.Rows);
        Assert.True(reviewers.Total >= 2);
        Assert.NotEqual(reviewers.Rows.Single().Id, secondPage.Rows.Single().Id);
        Assert.Contains(applicants.Rows, r => r.Email == applicant.Email);
        Assert.All(applicants.Rows, r => Assert.Contains(PortalRoles.Applicant, r.Roles));
    }

    [Fact]
    public async Task Rows_ShowRoles_TwoFactor_Status_AndTheLastCompletedSignIn()
    {
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var before = (await SearchAsync(admin.Id, new UserListQuery { Search = reviewer.Email })).Rows.Single();

        await factory.SignInAsync(reviewer);
        await factory.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<UserAdministrationService>().DisableAsync(admin.Id, reviewer.Id);
            return true;
        });
        var after = (await SearchAsync(admin.Id, new UserListQuery { Search = reviewer.Email })).Rows.Single();

        Assert.Equal([PortalRoles.Reviewer], before.Roles);
        Assert.Equal((true, UserStatus.Active, (DateTime?)null), (before.TwoFactorEnabled, before.Status, before.LastSignInAtUtc));
        Assert.Equal(UserStatus.Disabled, after.Status);
        Assert.Equal(factory.Clock.GetUtcNow().UtcDateTime, after.LastSignInAtUtc!.Value, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Search_ByAReviewer_IsRefused()
    {
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);

        var refused = await Assert.ThrowsAsync<DomainException>(() => SearchAsync(reviewer.Id, new UserListQuery()));

        Assert.Equal(DomainErrors.NotAdmin, refused.Code);
    }
}
