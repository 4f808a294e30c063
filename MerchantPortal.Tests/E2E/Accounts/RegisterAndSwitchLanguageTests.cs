using MerchantPortal.Tests.Support;
using Microsoft.Playwright;

namespace MerchantPortal.Tests.E2E.Accounts;

[Collection(BrowserCollection.Name)]
public class RegisterAndSwitchLanguageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Applicant_Registers_Confirms_SignsIn_SeesChineseHome_AndSwitchesToEnglish()
    {
        var page = await browser.NewPageAsync();
        var email = $"browser-{Guid.NewGuid():N}@example.test";

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "开始申请", Exact = true }).ClickAsync();
        await page.FillAsync("#Input\\.DisplayName", "王芳");
        await page.FillAsync("#Input\\.OrganizationName", "成都示例餐饮管理有限公司");
        await page.FillAsync("#Input\\.Email", email);
        await page.FillAsync("#Input\\.Password", TestAccounts.Password);
        await page.FillAsync("#Input\\.ConfirmPassword", TestAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "注册", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "请查收邮件" })).ToBeVisibleAsync();

        await page.GotoAsync(Mailbox.Link(browser.Portal.Mail.Last(email), "/Account/ConfirmEmail"));
        await Assertions.Expect(page.GetByText("您的邮箱已确认")).ToBeVisibleAsync();

        await page.SignInAsync(new TestAccount("", email, TestAccounts.Password, "Applicant", null, null, null));
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await Assertions.Expect(heading).ToHaveTextAsync("欢迎，成都示例餐饮管理有限公司");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");

        await page.Locator("[data-testid=language-switch]").ClickAsync();
        await page.WaitForCircuitAsync();
        await Assertions.Expect(heading).ToHaveTextAsync("Welcome, 成都示例餐饮管理有限公司");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");

        // The choice is remembered: a fresh load, and the static account pages, stay in English.
        await page.GotoAsync("/Account/Manage");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My account" })).ToBeVisibleAsync();
    }
}
