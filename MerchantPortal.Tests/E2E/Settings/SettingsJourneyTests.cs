using MerchantPortal.Domain.Accounts;
using MerchantPortal.Features.Banking;
using MerchantPortal.Infrastructure.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MerchantPortal.Tests.E2E.Settings;

[Collection(BrowserCollection.Name)]
public class SettingsJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Admin_OpensSettingsFromTheMenu_IsToldWhatIsWrong_ThenSaves()
    {
        var admin = await browser.Portal.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        var store = browser.Portal.Services.GetRequiredService<SettingsStore>();
        var page = await browser.NewPageAsync();
        await page.SignInAsync(admin);

        await page.GetByRole(AriaRole.Link, new() { Name = "系统设置", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/admin/settings");
        await page.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "审核时限与节假日", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("2026-10-01 周四")).ToBeVisibleAsync();
        await page.ScreenshotWholeAsync(Path.Combine(BrowserFixture.ScreenshotDirectory, "admin-settings-review-zh-CN.png"));
        var holidays = page.GetByTestId("public-holidays");
        await PickAsync(holidays, "2027-01-01");
        await Assertions.Expect(holidays.GetByText("2027-01-01 周五")).ToBeVisibleAsync();
        await PickAsync(holidays, "2026-10-01");
        await Assertions.Expect(holidays.GetByText("2026-10-01 已在列表中。")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "打款验证", Exact = true }).ClickAsync();
        var tries = page.GetByLabel("可尝试次数");
        await Assertions.Expect(tries).ToHaveValueAsync("3");

        await tries.FillAsync("0");
        await tries.PressAsync("Tab");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("可尝试次数须为 1 到 10 之间的整数。")).ToBeVisibleAsync();
        Assert.Equal(3, await store.GetAsync(BankingSettings.DepositTries));

        try
        {
            await tries.FillAsync("5");
            await tries.PressAsync("Tab");
            await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByText("设置已保存。")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("可尝试次数须为 1 到 10 之间的整数。")).ToHaveCountAsync(0);
            Assert.Equal(5, await store.GetAsync(BankingSettings.DepositTries));
        }
        finally
        {
            // The browser tests share one portal: the applicants' journeys expect the seeded number of tries.
            await store.SetAsync(BankingSettings.DepositTries, BankingSettings.DepositTries.Default);
        }

        await page.GetByRole(AriaRole.Tab, new() { Name = "驳回原因", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Illegible", Exact = true })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "新增原因", Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("代码").FillAsync("Seal Blur");
        await dialog.GetByLabel("中文说明").FillAsync("公章模糊");
        await dialog.GetByLabel("英文说明").FillAsync("The company seal is blurred");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await Assertions.Expect(dialog.GetByText("代码须为 2–40 位小写字母、数字或连字符。")).ToBeVisibleAsync();
        await dialog.GetByLabel("代码").FillAsync("seal-blur");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "seal-blur", Exact = true })).ToBeVisibleAsync();
        await page.ScreenshotWholeAsync(Path.Combine(BrowserFixture.ScreenshotDirectory, "admin-settings-reasons-zh-CN.png"));
    }

    // Unsaved on purpose: the browser tests share one portal, and its calendar decides other tests' SLA due times.
    private static async Task PickAsync(ILocator list, string date)
    {
        var field = list.GetByLabel("日期");
        await field.FillAsync(date);
        await field.PressAsync("Tab");
        await list.GetByRole(AriaRole.Button, new() { Name = "添加", Exact = true }).ClickAsync();
    }
}
