using Bunit;
using MerchantPortal.Components.Layout;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Tests.Support;
using MudBlazor;

namespace MerchantPortal.Tests.Components.Layout;

public class NavMenuTests
{
    [Theory]
    [InlineData(PortalRoles.Reviewer, "/review", "/admin")]
    [InlineData(PortalRoles.Admin, "/review", "/")]
    public async Task NavMenu_ShowsEachStaffRoleOnlyItsOwnPages(string role, string shown, string hidden)
    {
        using var culture = new CultureScope("zh-CN");
        await using var context = MudTestContext.Create();
        context.AddAuthorization().SetAuthorized("staff@example.test").SetRoles(role);

        var menu = context.Render<CascadingAuthenticationStateHost>(p => p.AddChildContent<NavMenu>());

        var links = menu.FindAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains(shown, links);
        Assert.DoesNotContain(hidden, links);
        Assert.DoesNotContain(links, l => l!.StartsWith("/organizations/", StringComparison.Ordinal));
        Assert.Contains("我的账户", menu.Markup);
    }
}
