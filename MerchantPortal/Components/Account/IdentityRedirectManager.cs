using MerchantPortal.Data;
using MerchantPortal.Infrastructure.Hosting;
using MerchantPortal.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;

namespace MerchantPortal.Components.Account;

internal sealed class IdentityRedirectManager(NavigationManager navigationManager)
{
    public const string StatusCookieName = "Identity.StatusMessage";

    private const string ErrorPrefix = "e:";
    private const string SuccessPrefix = "s:";

    private static readonly CookieBuilder StatusCookieBuilder = new()
    {
        SameSite = SameSiteMode.Strict,
        HttpOnly = true,
        IsEssential = true,
        MaxAge = TimeSpan.FromSeconds(5),
    };

    public static (bool IsError, string Message) ReadStatus(string cookie) =>
        cookie.StartsWith(SuccessPrefix, StringComparison.Ordinal) ? (false, cookie[SuccessPrefix.Length..])
        : (true, cookie.StartsWith(ErrorPrefix, StringComparison.Ordinal) ? cookie[ErrorPrefix.Length..] : cookie);

    /// <summary>Goes to <paramref name="uri"/> when it is a path on this site (a ReturnUrl may be anything), else home.</summary>
    public void RedirectTo(string? uri) =>
        navigationManager.NavigateTo(LocalReturnUrl.ToLocalPath(uri, navigationManager.BaseUri));

    public void RedirectTo(string uri, Dictionary<string, object?> queryParameters)
    {
        var uriWithoutQuery = navigationManager.ToAbsoluteUri(uri).GetLeftPart(UriPartial.Path);
        RedirectTo(navigationManager.GetUriWithQueryParameters(uriWithoutQuery, queryParameters));
    }

    public void RedirectToWithStatus(string uri, string message, HttpContext context, bool isError = false)
    {
        context.Response.Cookies.Append(StatusCookieName, (isError ? ErrorPrefix : SuccessPrefix) + message, StatusCookieBuilder.Build(context));
        RedirectTo(uri);
    }

    private string CurrentPath => navigationManager.ToAbsoluteUri(navigationManager.Uri).GetLeftPart(UriPartial.Path);

    public void RedirectToCurrentPage() => RedirectTo(CurrentPath);

    public void RedirectToCurrentPageWithStatus(string message, HttpContext context, bool isError = false) =>
        RedirectToWithStatus(CurrentPath, message, context, isError);

    public void RedirectToInvalidUser(UserManager<ApplicationUser> userManager, HttpContext context) =>
        RedirectToWithStatus("Account/InvalidUser", AccountText.InvalidUser, context, isError: true);
}
