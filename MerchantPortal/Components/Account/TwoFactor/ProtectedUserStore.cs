using MerchantPortal.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace MerchantPortal.Components.Account.TwoFactor;

/// <summary>Identity's EF store with the authenticator key and recovery codes encrypted at rest (<see cref="UserTokenProtector"/>).</summary>
public sealed class ProtectedUserStore(PortalDbContext context, UserTokenProtector protector, IdentityErrorDescriber? describer = null)
    : UserStore<ApplicationUser, IdentityRole, PortalDbContext>(context, describer)
{
    public override Task SetTokenAsync(ApplicationUser user, string loginProvider, string name, string? value, CancellationToken cancellationToken) =>
        base.SetTokenAsync(user, loginProvider, name, UserTokenProtector.Protects(loginProvider) ? protector.Protect(value) : value, cancellationToken);

    public override async Task<string?> GetTokenAsync(ApplicationUser user, string loginProvider, string name, CancellationToken cancellationToken)
    {
        var value = await base.GetTokenAsync(user, loginProvider, name, cancellationToken);
        return UserTokenProtector.Protects(loginProvider) ? protector.Unprotect(value) : value;
    }
}
