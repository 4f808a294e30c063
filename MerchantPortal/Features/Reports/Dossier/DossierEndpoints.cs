using System.Globalization;
using System.Security.Claims;
using MerchantPortal.Domain;
using MerchantPortal.Features.Documents;
using MerchantPortal.Infrastructure.Authorization;
using MerchantPortal.Infrastructure.Email;
using MerchantPortal.Infrastructure.Localization;
using MerchantPortal.Infrastructure.Pdf;
using MerchantPortal.Resources;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace MerchantPortal.Features.Reports.Dossier;

/// <summary>
/// The dossier download for staff (anyone else, and staff of the organization itself, gets 404 as for an
/// unknown case) and the anonymous, rate-limited comparison of an uploaded PDF with the one issued.
/// </summary>
public static class DossierEndpoints
{
    public static string DownloadPath(Guid applicationId) => $"/api/reports/dossier/{applicationId}.pdf";

    public static string ComparePath(Guid dossierId, string hmac) => $"/api/verify/dossier/{dossierId}?h={Uri.EscapeDataString(hmac)}";

    public static IEndpointRouteBuilder MapDossierEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // SignedIn, not Staff: an applicant must get the same 404 as for a case that does not exist, not a 403.
        endpoints.MapGet("/api/reports/dossier/{applicationId:guid}.pdf", DownloadAsync).RequireAuthorization(PortalPolicies.SignedIn);
        // Anonymous and changing nothing, so no antiforgery token (a visitor has no session to ride); rate-limited instead.
        endpoints.MapPost("/api/verify/dossier/{dossierId:guid}", CompareAsync)
            .AllowAnonymous().DisableAntiforgery().RequireRateLimiting(DossierServices.RateLimitPolicy);
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(Guid applicationId, HttpContext http, ClaimsPrincipal user, DossierService dossiers, IOptions<EmailOptions> email)
    {
        try
        {
            var baseUrl = email.Value.PortalUrl is { Length: > 0 } configured ? configured : $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
            if (await dossiers.IssueAsync(user.UserId(), applicationId, baseUrl) is not { } dossier)
            {
                return Results.NotFound();
            }

            http.Response.Headers.CacheControl = "no-store";
            return Results.File(dossier.Pdf, "application/pdf", dossier.FileName);
        }
        catch (DomainException e)
        {
            return Results.Text(ErrorMessages.For(e), "text/plain; charset=utf-8", statusCode: StatusCodes.Status409Conflict);
        }
        catch (MissingFontException e)
        {
            return Results.Text(e.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static async Task<IResult> CompareAsync(Guid dossierId, string? h, HttpContext http, DossierVerifier verifier)
    {
        if (await verifier.CheckAsync(dossierId, h) is null)
        {
            return Results.Json(new { error = DossierText.NotGenuine }, statusCode: StatusCodes.Status404NotFound);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
        {
            bodyLimit.MaxRequestBodySize = DossierVerifier.MaxFileBytes + (64 * 1024);
        }

        var upload = await MultipartUpload.ReadFirstFileAsync(http.Request, DossierVerifier.MaxFileBytes, http.RequestAborted);
        if (upload.TooLarge)
        {
            return Results.Json(new { error = string.Format(CultureInfo.CurrentCulture, DossierText.FileTooLarge, DossierVerifier.MaxFileBytes / (1024 * 1024)) },
                statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        if (upload.Content is null)
        {
            return Results.Json(new { error = DossierText.FileMissing }, statusCode: StatusCodes.Status400BadRequest);
        }

        return await verifier.MatchesAsync(dossierId, h, upload.Content) is { } match
            ? Results.Json(new { match })
            : Results.Json(new { error = DossierText.NotGenuine }, statusCode: StatusCodes.Status404NotFound);
    }
}
