using System.Security.Claims;
using MerchantPortal.Data;
using MerchantPortal.Domain.Accounts;
using Microsoft.AspNetCore.Identity;

namespace MerchantPortal.Infrastructure.Authorization;

/// <summary>One comparison of a principal with its account, for circuits and for page loads alike.</summary>
public static class SessionCheck
{
    public static async Task<SessionState> CheckAsync(UserManager<ApplicationUser> users, ClaimsPrincipal principal)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null || AccountLockout.IsDisabled(user.LockoutEnd))
        {
            return SessionState.Ended;
        }

        var claims = users.Options.ClaimsIdentity;
        if (principal.FindFirstValue(claims.SecurityStampClaimType) != await users.GetSecurityStampAsync(user))
        {
            return SessionState.Ended;
        }

        var signedInRoles = principal.FindAll(claims.RoleClaimType).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return signedInRoles.SetEquals(await users.GetRolesAsync(user)) ? SessionState.Current : SessionState.RolesChanged;
    }
}
