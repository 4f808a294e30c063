using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace MerchantPortal.Infrastructure.Authorization;

/// <summary>
/// Staff of the right role who have not signed in with two factors are sent to enrol an authenticator
/// rather than told "access denied"; every other outcome is the default one.
/// </summary>
public sealed class PortalAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    public const string EnrolPath = "/Account/Manage/EnableAuthenticator";

    private readonly AuthorizationMiddlewareResultHandler fallback = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        var onlyTwoFactorMissing = authorizeResult.Forbidden
            && authorizeResult.AuthorizationFailure?.FailedRequirements.ToList() is [TwoFactorSignInRequirement];
        if (onlyTwoFactorMissing && !ApiPaths.IsApi(context.Request.Path))
        {
            context.Response.Redirect($"{EnrolPath}?required=true");
            return Task.CompletedTask;
        }

        return fallback.HandleAsync(next, context, policy, authorizeResult);
    }
}
