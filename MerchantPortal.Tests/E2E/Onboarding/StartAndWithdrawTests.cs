using MerchantPortal.Domain.Accounts;
using Microsoft.Playwright;

namespace MerchantPortal.Tests.E2E.Onboarding;

[Collection(BrowserCollection.Name)]
public class StartAndWithdrawTests(BrowserFixture browser)
{
    [Fact]
    public async Task Owner_StartsAnApplication_WithdrawsIt_AndMayStartAnother()
    {
        var owner = await browser.Portal.CreateAccountAsync(PortalRoles.Applicant, organizationName: "南京示例学校");
        var page = await browser.NewPageAsync();
        await page.SignInAsync(owner);
        var state = page.Locator("[data-testid=application-state]");

        await page.GetByRole(AriaRole.Button, new() { Name = "发起进件申请", Exact = true }).ClickAsync();
        await Assertions.Expect(state).ToHaveTextAsync("选择平台中");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "发起进件申请", Exact = true })).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "撤回申请", Exact = true }).ClickAsync();
        await page.GetByLabel("原因（选填）").FillAsync("先开通微信支付，之后再申请");
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "撤回申请", Exact = true }).ClickAsync();

        await Assertions.Expect(state).ToHaveTextAsync("已撤回");
        await Assertions.Expect(page.GetByText("先开通微信支付，之后再申请")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "发起进件申请", Exact = true })).ToBeVisibleAsync();
        await page.ScreenshotWholeAsync(Path.Combine(BrowserFixture.ScreenshotDirectory, "applicant-withdrawn-zh-CN.png"));

        // Saved on the server: a reload on another visit shows the same state and history.
        await page.ReloadAsync();
        await Assertions.Expect(state).ToHaveTextAsync("已撤回");
    }
}
