using Bunit;
using Microsoft.AspNetCore.Components;
using MerchantPortal.Components.Layout;
using MerchantPortal.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Components.Layout;

public class LanguageSwitcherTests
{
    [Theory]
    [InlineData("zh-CN", "English", "en")]
    [InlineData("en", "中文", "zh-CN")]
    public async Task LanguageSwitcher_OffersTheOtherLanguage_AndComesBackToThisPage(string current, string label, string target)
    {
        using var culture = new CultureScope(current);
        await using var context = MudTestContext.Create();
        context.Services.GetRequiredService<NavigationManager>().NavigateTo("/organizations/42/members?tab=1");

        var link = context.Render<LanguageSwitcher>().Find("[data-testid=language-switch]");

        Assert.Equal(label, link.TextContent.Trim());
        var href = link.GetAttribute("href")!;
        Assert.Contains($"culture={Uri.EscapeDataString(target)}", href);
        Assert.Contains("returnUrl=" + Uri.EscapeDataString("/organizations/42/members?tab=1"), href);
    }
}
