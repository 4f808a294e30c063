using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using MerchantPortal.Infrastructure.Audit;

namespace MerchantPortal.Infrastructure.Authorization;

/// <summary>
/// Staff of the right role who have not signed in with two factors are sent to enrol an authenticator
/// rather than told "access denied"; every other outcome is the default one.
/// </summary>
public sealed class PortalAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    public const string EnrolPath = "/Account/Manage/EnableAuthenticator";

    private readonly AuthorizationMiddlewareResultHandler fallback = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        var onlyTwoFactorMissing = authorizeResult.Forbidden
            && authorizeResult.AuthorizationFailure?.FailedRequirements.ToList() is [TwoFactorSignInRequirement];
        if (authorizeResult.Forbidden)
        {
            // A signed-in user refused a page or an endpoint: part of the audit trail (the path only, never the query).
            await context.RequestServices.GetRequiredService<AuditTrail>().AppendAsync(new AuditRecord(
                context.User.UserId(), "authorization.refused", "Path", Truncate(context.Request.Path.Value ?? "/"), new { twoFactorMissing = onlyTwoFactorMissing }));
        }

        if (onlyTwoFactorMissing && !ApiPaths.IsApi(context.Request.Path))
        {
            context.Response.Redirect($"{EnrolPath}?required=true");
            return;
        }

        await fallback.HandleAsync(next, context, policy, authorizeResult);
    }

    private static string Truncate(string path) => path.Length <= 64 ? path : path[..64];
}
