using FluentValidation;
using MerchantPortal.Data;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Infrastructure.Authorization;
using MerchantPortal.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Setup;

/// <summary>
/// Creates the first admin through a one-time link. No admin exists until the link is used, and nothing
/// else grants the Admin role before then: a real deployment never starts with a known admin password.
/// </summary>
public sealed class FirstRunSetupService(
    IDbContextFactory<PortalDbContext> dbFactory,
    UserManager<ApplicationUser> users,
    IValidator<SetupInput> validator,
    TimeProvider clock)
{
    public async Task<bool> AdminExistsAsync()
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.UserIdsInRole(PortalRoles.Admin).AnyAsync();
    }

    /// <summary>A new link token while no admin exists (older links stop working), otherwise null.</summary>
    public async Task<string?> IssueTokenIfNoAdminAsync()
    {
        if (await AdminExistsAsync())
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        await db.SetupTokens.Where(t => t.UsedAtUtc == null).ExecuteDeleteAsync();
        var token = OneTimeToken.New();
        db.SetupTokens.Add(SetupToken.Create(OneTimeToken.Hash(token), now));
        await db.SaveChangesAsync();
        return token;
    }

    public async Task<bool> IsUsableAsync(string? token)
    {
        if (string.IsNullOrEmpty(token) || await AdminExistsAsync())
        {
            return false;
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        var hash = OneTimeToken.Hash(token);
        var setupToken = await db.SetupTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash);
        return setupToken?.IsUsable(clock.GetUtcNow().UtcDateTime) == true;
    }

    /// <summary>Creates the first admin; returns the problems instead when the input or the link is not good.</summary>
    public async Task<IReadOnlyList<string>> CreateAdminAsync(string token, SetupInput input)
    {
        var validation = await validator.ValidateAsync(input);
        if (!validation.IsValid)
        {
            return [.. validation.Errors.Select(e => e.ErrorMessage)];
        }

        var user = new ApplicationUser
        {
            UserName = input.Email.Trim(),
            Email = input.Email.Trim(),
            EmailConfirmed = true,
            DisplayName = input.DisplayName.Trim(),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var passwordErrors = new List<string>();
        foreach (var rule in users.PasswordValidators)
        {
            passwordErrors.AddRange((await rule.ValidateAsync(users, user, input.Password)).Errors.Select(e => e.Description));
        }

        if (passwordErrors.Count > 0)
        {
            return passwordErrors;
        }

        // Taking the token is one conditional UPDATE: of two submissions of the same link, one finds it used.
        if (await AdminExistsAsync() || !await ConsumeAsync(token))
        {
            return [SetupText.LinkInvalid];
        }

        var created = await users.CreateAsync(user, input.Password);
        if (!created.Succeeded)
        {
            return [.. created.Errors.Select(e => e.Description)];
        }

        await users.AddToRoleAsync(user, PortalRoles.Admin);
        return [];
    }

    private async Task<bool> ConsumeAsync(string token)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var hash = OneTimeToken.Hash(token);
        var now = clock.GetUtcNow().UtcDateTime;
        var taken = await db.SetupTokens
            .Where(t => t.TokenHash == hash && t.UsedAtUtc == null && t.ExpiresAtUtc > now)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAtUtc, now));
        return taken == 1;
    }
}
