using MerchantPortal.Data;
using MerchantPortal.Infrastructure.Localization;
using Microsoft.AspNetCore.Identity;

namespace MerchantPortal.Components.Account;

/// <summary>On sign-in, brings back the language the user chose last time, on whatever device they use now.</summary>
internal static class SignInCulture
{
    public static void Restore(HttpContext context, ApplicationUser? user)
    {
        if (user is not null && PortalCultures.IsSupported(user.PreferredCulture))
        {
            CultureCookie.Write(context.Response, user.PreferredCulture);
        }
    }
}
