using System.Security.Claims;
using System.Text;
using MerchantPortal.Domain;
using MerchantPortal.Infrastructure.Authorization;
using MerchantPortal.Infrastructure.Localization;
using Microsoft.AspNetCore.Antiforgery;

namespace MerchantPortal.Features.Credentials;

/// <summary>
/// A generated private key's one download. A POST with an antiforgery token, not a GET: fetching it uses it up,
/// so neither a prefetch nor another site's link may spend it.
/// </summary>
public static class PrivateKeyEndpoint
{
    public static string PathFor(Guid keyId) => $"/api/credentials/keys/{keyId}/private-key";

    public static IEndpointRouteBuilder MapPrivateKeyDownload(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/credentials/keys/{keyId:guid}/private-key", DownloadAsync)
            .RequireAuthorization(PortalPolicies.Applicant).DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(Guid keyId, HttpContext http, ClaimsPrincipal user, IAntiforgery antiforgery, CredentialService credentials)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Results.BadRequest();
        }

        try
        {
            var (fileName, pem) = await credentials.TakePrivateKeyAsync(user.UserId(), keyId);
            http.Response.Headers.CacheControl = "no-store";
            return Results.File(Encoding.ASCII.GetBytes(pem), "application/x-pem-file", fileName);
        }
        catch (DomainException e) when (e.Code is DomainErrors.PrivateKeyGone or DomainErrors.ConcurrentChange)
        {
            // A download racing this one (another tab) took it: gone, either way.
            return Results.Text(ErrorMessages.For(new DomainException(DomainErrors.PrivateKeyGone)), "text/plain; charset=utf-8", statusCode: StatusCodes.Status410Gone);
        }
        catch (DomainException e) when (e.Code == DomainErrors.ApplicationNotFound)
        {
            return Results.NotFound();
        }
    }
}
