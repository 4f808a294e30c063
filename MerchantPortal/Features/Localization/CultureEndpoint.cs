using System.Security.Claims;
using MerchantPortal.Data;
using MerchantPortal.Infrastructure.Hosting;
using MerchantPortal.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Localization;

/// <summary>Stores the chosen language in a cookie (and, when signed in, on the account for emails) and goes back.</summary>
public static class CultureEndpoint
{
    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/culture/set", SetAsync).AllowAnonymous();
        return endpoints;
    }

    private static async Task<IResult> SetAsync(
        string? culture, string? returnUrl, HttpContext http, ClaimsPrincipal user, IDbContextFactory<PortalDbContext> dbFactory)
    {
        if (!PortalCultures.IsSupported(culture))
        {
            return Results.BadRequest();
        }

        var chosen = PortalCultures.Normalize(culture);
        CultureCookie.Write(http.Response, chosen);

        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is not null)
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.PreferredCulture, chosen));
        }

        // Only a path on this site: never an open redirect, never a 500 for a crafted one.
        return Results.LocalRedirect(LocalReturnUrl.ToLocalPath(returnUrl));
    }
}
