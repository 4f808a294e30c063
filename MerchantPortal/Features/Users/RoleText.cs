using System.Globalization;
using MerchantPortal.Resources;

namespace MerchantPortal.Features.Users;

/// <summary>The reader's word for a role (resource keys <c>Role_{Role}</c>).</summary>
public static class RoleText
{
    public static string Of(string role) => UsersText.ResourceManager.GetString($"Role_{role}", CultureInfo.CurrentUICulture) ?? role;
}
