using System.Globalization;
using System.Security.Claims;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Requirements;
using MerchantPortal.Features.Review;
using MerchantPortal.Infrastructure.Authorization;
using MerchantPortal.Infrastructure.Documents;
using MerchantPortal.Infrastructure.Documents.Isolation;
using MerchantPortal.Infrastructure.Localization;
using MerchantPortal.Infrastructure.Settings;
using MerchantPortal.Infrastructure.Storage;
using MerchantPortal.Resources;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace MerchantPortal.Features.Documents;

/// <summary>
/// Uploads arrive over plain HTTP (not the circuit), with an antiforgery token, a per-user rate limit, streamed to
/// disk once and cut off at the size limit, then checked in the isolated worker; downloads are served only to those
/// allowed, never from wwwroot, with headers that stop a browser from treating a document as anything but what it is.
/// </summary>
public static class DocumentEndpoints
{
    public static IEndpointRouteBuilder MapDocumentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api");
        api.MapGet("/antiforgery", (HttpContext http, IAntiforgery antiforgery) =>
            Results.Json(new { token = antiforgery.GetAndStoreTokens(http).RequestToken })).RequireAuthorization();
        // Validated by hand below: the body is read as a stream, not bound as a form.
        api.MapPost("/applications/{applicationId:guid}/documents/{kind}", UploadAsync)
            .RequireAuthorization(PortalPolicies.Applicant).DisableAntiforgery().RequireRateLimiting(UploadRateLimitPolicy.Name);
        api.MapGet("/documents/{documentId:guid}", DownloadAsync).RequireAuthorization(PortalPolicies.SignedIn);
        api.MapGet("/message-attachments/{attachmentId:guid}", DownloadAttachmentAsync).RequireAuthorization(PortalPolicies.SignedIn);
        return endpoints;
    }

    private static async Task<IResult> UploadAsync(Guid applicationId, string kind, HttpContext http, ClaimsPrincipal user,
        IAntiforgery antiforgery, DocumentService documents, DocumentStore store, SettingsStore settings, IOptions<InspectionOptions> inspection)
    {
        try
        {
            await antiforgery.ValidateRequestAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            return Results.BadRequest(new { error = UploadText.Forbidden });
        }

        if (!Enum.TryParse<DocumentKind>(kind, ignoreCase: false, out var documentKind) || !Enum.IsDefined(documentKind))
        {
            return Results.NotFound();
        }

        var limit = await settings.GetAsync(UploadSettings.MaxFileBytes);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
        {
            // Room to read what follows an over-size file (see Refuse413Async), never more than twice the limit.
            bodyLimit.MaxRequestBodySize = (2 * limit) + (64 * 1024);
        }

        using var received = store.CreateTemporary();
        var upload = await MultipartUpload.StreamFirstFileAsync(http.Request, received, limit, http.RequestAborted);
        if (upload is not { } file)
        {
            return await TooLargeAsync(http, limit);
        }

        if (file.Length == 0)
        {
            return Results.BadRequest(new { error = UploadProblems.Message(UploadProblem.Empty) });
        }

        try
        {
            var outcome = await documents.UploadFileAsync(user.UserId(), applicationId, documentKind, file.FileName, received.Path, http.RequestAborted);
            return outcome.Problem switch
            {
                UploadProblem.None => Results.Ok(new { id = outcome.DocumentId }),
                UploadProblem.Busy => Busy(http, inspection.Value),
                _ => Results.BadRequest(new { error = UploadProblems.Message(outcome.Problem) }),
            };
        }
        catch (DomainException e) when (e.Code == DomainErrors.ApplicationNotFound)
        {
            return Results.NotFound();
        }
        catch (DomainException e)
        {
            return Results.Conflict(new { error = ErrorMessages.For(e) });
        }
    }

    /// <summary>
    /// A browser still sending when the answer comes and the connection closes reports a network error, not the
    /// answer: so the rest of the body is read and dropped (bounded by the body limit) before answering.
    /// </summary>
    private static async Task<IResult> TooLargeAsync(HttpContext http, long limit)
    {
        try
        {
            await http.Request.Body.CopyToAsync(Stream.Null, http.RequestAborted);
        }
        catch (BadHttpRequestException)
        {
            // Far over the limit: stop reading; the connection closes after the answer.
            http.Response.Headers.Connection = "close";
        }

        return Results.Json(new { error = string.Format(CultureInfo.CurrentCulture, UploadText.Problem_TooLarge, limit / UploadSettings.Megabyte) },
            statusCode: StatusCodes.Status413PayloadTooLarge);
    }

    /// <summary>Every inspection slot stayed taken: 503 with a time to come back, not an error.</summary>
    private static IResult Busy(HttpContext http, InspectionOptions inspection)
    {
        http.Response.Headers.RetryAfter = inspection.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return Results.Json(new { error = UploadProblems.Message(UploadProblem.Busy) }, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<IResult> DownloadAsync(Guid documentId, HttpContext http, ClaimsPrincipal user, DocumentService documents) =>
        await documents.OpenAsync(user.UserId(), documentId) is { } file ? Serve(http, file) : Results.NotFound();

    private static async Task<IResult> DownloadAttachmentAsync(Guid attachmentId, HttpContext http, ClaimsPrincipal user, CaseMessageService messages) =>
        await messages.OpenAttachmentAsync(user.UserId(), attachmentId) is { } file ? Serve(http, file) : Results.NotFound();

    private static IResult Serve(HttpContext http, (Stream Content, string ContentType, string FileName) file)
    {
        var headers = http.Response.Headers;
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        headers[HeaderNames.ContentSecurityPolicy] = "default-src 'none'; img-src 'self'; frame-ancestors 'self'";
        headers[HeaderNames.ContentDisposition] = new ContentDispositionHeaderValue("inline") { FileNameStar = file.FileName }.ToString();
        return Results.Stream(file.Content, file.ContentType);
    }
}
