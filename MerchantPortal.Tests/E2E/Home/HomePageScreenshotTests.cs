using MerchantPortal.Domain.Accounts;
using Microsoft.Playwright;

namespace MerchantPortal.Tests.E2E.Home;

/// <summary>Each role's home page in both languages, saved as screenshots (TestResults/screenshots) for a person to look at.</summary>
[Collection(BrowserCollection.Name)]
public class HomePageScreenshotTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(PortalRoles.Applicant, "/", "欢迎，", "Welcome, ")]
    [InlineData(PortalRoles.Reviewer, "/review", "审核工作台", "Review workbench")]
    [InlineData(PortalRoles.Admin, "/admin", "运营看板", "Dashboard")]
    public async Task HomePage_InChineseAndEnglish(string role, string path, string chinese, string english)
    {
        var account = await browser.Portal.CreateAccountAsync(role, withAuthenticator: role != PortalRoles.Applicant);
        var page = await browser.NewPageAsync();

        await page.SignInAsync(account);
        await Assertions.Expect(page).ToHaveURLAsync(browser.Portal.ServerAddress + path);
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await Assertions.Expect(heading).ToContainTextAsync(chinese);
        await page.ScreenshotWholeAsync(Path.Combine(BrowserFixture.ScreenshotDirectory, $"{role.ToLowerInvariant()}-home-zh-CN.png"));

        await page.Locator("[data-testid=language-switch]").ClickAsync();
        await page.WaitForCircuitAsync();
        await Assertions.Expect(heading).ToContainTextAsync(english);
        await page.ScreenshotWholeAsync(Path.Combine(BrowserFixture.ScreenshotDirectory, $"{role.ToLowerInvariant()}-home-en.png"));
    }
}
