using MerchantPortal.Components.Account.Forms;
using MerchantPortal.Data;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Infrastructure.Terminal;
using Microsoft.AspNetCore.Identity;

namespace MerchantPortal.Features.Setup;

/// <summary>
/// <c>dotnet run --project MerchantPortal -- add-staff &lt;email&gt; &lt;Reviewer|Admin&gt;</c>: creates a staff account and
/// prints its password to the console. Admins only once the first admin exists (made by the first-run link).
/// </summary>
public sealed class AddStaffCommand(UserManager<ApplicationUser> users, FirstRunSetupService setup, OperatorConsole console, TimeProvider clock)
{
    public const string Name = "add-staff";

    public async Task<int> RunAsync(string email, string role)
    {
        var staffRole = PortalRoles.Staff.FirstOrDefault(r => string.Equals(r, role, StringComparison.OrdinalIgnoreCase));
        if (staffRole is null)
        {
            return await FailAsync($"The role must be Reviewer or Admin, not '{role}'.");
        }

        if (!(await new EmailInput.Validator().ValidateAsync(new EmailInput { Email = email })).IsValid)
        {
            return await FailAsync($"'{email}' is not a valid email address.");
        }

        if (staffRole == PortalRoles.Admin && !await setup.AdminExistsAsync())
        {
            return await FailAsync("No admin exists yet: create the first one with the one-time link the portal prints when it starts.");
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            return await FailAsync($"An account with {email} already exists.");
        }

        var password = GeneratedPassword.New();
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = email.Split('@')[0],
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            return await FailAsync(string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, staffRole);
        await console.WriteAsync($"Created {staffRole} {email} with password {password}\n" +
            "They set up an authenticator app at their first sign-in; staff pages stay closed until they do.");
        return 0;
    }

    private async Task<int> FailAsync(string message)
    {
        await console.WriteAsync($"add-staff: {message}");
        return 1;
    }
}
