using MerchantPortal.Data;
using MerchantPortal.Features.Setup;
using Microsoft.AspNetCore.Identity;

namespace MerchantPortal.Features.Demo;

/// <summary>Creates a demo account, or on a later <c>--demo</c> start gives it a fresh password, so the printed list always works.</summary>
public sealed class DemoAccounts(UserManager<ApplicationUser> users, TimeProvider clock)
{
    public async Task<(ApplicationUser User, DemoAccount Account)> EnsureAsync(string email, string role, string displayName, bool withAuthenticator)
    {
        var password = GeneratedPassword.New();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new ApplicationUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = displayName,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
                IsDemo = true,
            };
            Check(await users.CreateAsync(user, password));
            Check(await users.AddToRoleAsync(user, role));
        }
        else
        {
            Check(await users.RemovePasswordAsync(user));
            Check(await users.AddPasswordAsync(user, password));
            Check(await users.SetLockoutEndDateAsync(user, null));
        }

        string? secret = null;
        if (withAuthenticator)
        {
            secret = await users.GetAuthenticatorKeyAsync(user);
            if (secret is null)
            {
                Check(await users.ResetAuthenticatorKeyAsync(user));
                secret = await users.GetAuthenticatorKeyAsync(user);
            }

            Check(await users.SetTwoFactorEnabledAsync(user, true));
        }

        return (user, new DemoAccount(role, email, password, secret, null));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo account: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
