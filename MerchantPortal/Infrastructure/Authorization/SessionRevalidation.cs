using System.Security.Claims;
using MerchantPortal.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MerchantPortal.Infrastructure.Authorization;

/// <summary>
/// When a session learns that its account changed: an open circuit every <c>Identity:RevalidationInterval</c>
/// (IdentityRevalidatingAuthenticationStateProvider); every page load at once, so a circuit that lost its user reloads into
/// sign-in rather than into the stale cookie; any other request (files, APIs) through Identity's security stamp
/// validator, every interval.
/// </summary>
public static class SessionRevalidation
{
    public static IServiceCollection AddSessionRevalidation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SessionRevalidationOptions>()
            .Bind(configuration.GetSection(SessionRevalidationOptions.Section))
            .Validate(o => o.RevalidationInterval > TimeSpan.Zero, $"{SessionRevalidationOptions.Section}:RevalidationInterval must be positive.")
            .ValidateOnStart();
        services.AddOptions<SecurityStampValidatorOptions>()
            .Configure<IOptions<SessionRevalidationOptions>>((stamp, session) =>
            {
                stamp.ValidationInterval = session.Value.RevalidationInterval;
                stamp.OnRefreshingPrincipal = KeepSecondFactor;
            });
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, cookie =>
        {
            var everyInterval = cookie.Events.OnValidatePrincipal;
            cookie.Events.OnValidatePrincipal = async context =>
            {
                if (IsPageLoad(context.HttpContext) && context.Principal is { } principal)
                {
                    var users = context.HttpContext.RequestServices.GetRequiredService<UserManager<ApplicationUser>>();
                    switch (await SessionCheck.CheckAsync(users, principal))
                    {
                        case SessionState.Ended:
                            context.RejectPrincipal();
                            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                            return;
                        case SessionState.RolesChanged:
                            // No issue time makes Identity's validator rebuild the principal now, with the new roles.
                            context.Properties.IssuedUtc = null;
                            break;
                    }
                }

                await everyInterval(context);
            };
        });
        return services;
    }

    private static bool IsPageLoad(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;

    /// <summary>
    /// Identity rebuilds the cookie's principal from the database and drops how the user signed in; without the two-factor
    /// mark staff would be sent to enrol again every interval. The mark survives only a valid stamp: resetting the
    /// authenticator changes the stamp, and the cookie is rejected instead.
    /// </summary>
    private static Task KeepSecondFactor(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.CurrentPrincipal?.HasClaim(TwoFactorSignInRequirement.ClaimType, TwoFactorSignInRequirement.ClaimValue) == true
            && context.NewPrincipal?.Identity is ClaimsIdentity identity
            && !identity.HasClaim(TwoFactorSignInRequirement.ClaimType, TwoFactorSignInRequirement.ClaimValue))
        {
            identity.AddClaim(new Claim(TwoFactorSignInRequirement.ClaimType, TwoFactorSignInRequirement.ClaimValue));
        }

        return Task.CompletedTask;
    }
}
