using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MerchantPortal.Data;
using MerchantPortal.Infrastructure.Authorization;

namespace MerchantPortal.Components.Account;

/// <summary>
/// Checks an open circuit's user against the database every <see cref="SessionRevalidationOptions.RevalidationInterval"/>
/// (<see cref="SessionCheck"/>): a deleted or disabled account, a new security stamp (password, authenticator reset) or
/// changed roles sign the circuit out, and its pages reload through the server's own authorization.
/// </summary>
internal sealed class IdentityRevalidatingAuthenticationStateProvider(
        ILoggerFactory loggerFactory,
        IServiceScopeFactory scopeFactory,
        IOptions<SessionRevalidationOptions> session)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => session.Value.RevalidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        // Get the user manager from a new scope to ensure it fetches fresh data
        await using var scope = scopeFactory.CreateAsyncScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        // Changed roles end the circuit too: its pages reload, and the page load rebuilds the cookie with the new roles.
        return await SessionCheck.CheckAsync(userManager, authenticationState.User) == SessionState.Current;
    }
}
