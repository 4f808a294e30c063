using MerchantPortal.Data;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Features.Organizations;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Support;

/// <summary>Accounts made through the same Identity and organization services the portal uses.</summary>
public static class TestAccounts
{
    public const string Password = "Passw0rd!test";

    public static async Task<TestAccount> CreateAsync(IServiceProvider services, string role, bool withAuthenticator, string? organizationName)
    {
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var email = $"{role.ToLowerInvariant()}-{suffix}@example.test";
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = $"{role} {suffix}",
            CreatedAtUtc = DateTime.UtcNow,
        };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRoleAsync(user, role));

        string? key = null;
        if (withAuthenticator)
        {
            Check(await users.ResetAuthenticatorKeyAsync(user));
            key = await users.GetAuthenticatorKeyAsync(user);
            Check(await users.SetTwoFactorEnabledAsync(user, true));
        }

        Guid? organizationId = null;
        if (role == PortalRoles.Applicant)
        {
            organizationName ??= $"测试单位 {suffix}";
            organizationId = (await services.GetRequiredService<OrganizationService>().CreateAsync(user.Id, organizationName)).Id;
        }

        return new TestAccount(user.Id, email, Password, role, key, organizationId, organizationName);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
