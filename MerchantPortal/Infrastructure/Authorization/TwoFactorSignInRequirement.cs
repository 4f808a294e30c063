using Microsoft.AspNetCore.Authorization;

namespace MerchantPortal.Infrastructure.Authorization;

/// <summary>
/// Met when this sign-in used a second factor: Identity adds the claim <c>amr=mfa</c> after an
/// authenticator or recovery code, and so does enrolling an authenticator (which proves the code).
/// </summary>
public sealed class TwoFactorSignInRequirement
    : AuthorizationHandler<TwoFactorSignInRequirement>, IAuthorizationRequirement
{
    public const string ClaimType = "amr";
    public const string ClaimValue = "mfa";

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, TwoFactorSignInRequirement requirement)
    {
        if (context.User.HasClaim(ClaimType, ClaimValue))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
