using System.Globalization;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Tests.Support;
using Microsoft.Playwright;

namespace MerchantPortal.Tests.E2E.Wizard;

/// <summary>Micro-deposit (amount read off the sandbox statement) and submission in the browser; steps 1–4 are seeded.</summary>
[Collection(BrowserCollection.Name)]
public class VerifyAndSubmitJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Applicant_VerifiesTheAccountFromTheSandboxStatement_AndSubmitsOnce()
    {
        var owner = await browser.Portal.CreateAccountAsync(PortalRoles.Applicant);
        var applicationId = await WizardSeed.ThroughEnterpriseAsync(browser.Portal, owner);
        await WizardSeed.IdentityAsync(browser.Portal, owner, applicationId);
        await WizardSeed.DocumentsAsync(browser.Portal, owner, applicationId);
        var page = await browser.NewPageAsync();
        await page.SignInAsync(owner);

        await page.GotoAsync("/onboarding?step=5");
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.Locator("[data-testid=still-missing]")).ToContainTextAsync("验证结算账户");
        await Assertions.Expect(page.Locator("[data-testid=submission-summary]")).ToContainTextAsync("1101**********002X");
        await Assertions.Expect(page.Locator("[data-testid=submission-summary]")).ToContainTextAsync("微信支付");

        await page.GotoAsync("/onboarding?step=4");
        await page.WaitForCircuitAsync();
        var panel = page.Locator("[data-testid=bank-verification]");
        await panel.GetByRole(AriaRole.Button, new() { Name = "申请验证打款" }).ClickAsync();
        await Assertions.Expect(panel.GetByText("打款已发出")).ToBeVisibleAsync();

        // The home page lists what is due and by when.
        var home = await page.Context.NewPageAsync();
        await home.GotoAsync("/");
        await Assertions.Expect(home.Locator("[data-testid=due-list]")).ToContainTextAsync("前确认验证打款金额");

        var bank = await page.Context.NewPageAsync();
        await bank.GotoAsync($"/sandbox/bank?application={applicationId}");
        var shown = (await bank.Locator("[data-testid=statement-amount]").First.TextContentAsync())!.Trim();
        await bank.ScreenshotWholeAsync(Path.Combine(BrowserFixture.ScreenshotDirectory, "sandbox-bank-statement-zh-CN.png"));
        var amount = decimal.Parse(shown.TrimStart('¥'), CultureInfo.InvariantCulture);

        var wrong = amount == 0.01m ? "0.02" : "0.01";
        await panel.GetByLabel("收到的金额").FillAsync(wrong);
        await panel.GetByRole(AriaRole.Button, new() { Name = "确认金额" }).ClickAsync();
        await Assertions.Expect(panel.GetByText("金额不正确，还可尝试 2 次。")).ToBeVisibleAsync();
        await panel.GetByLabel("收到的金额").FillAsync(amount.ToString("0.00", CultureInfo.InvariantCulture));
        await panel.GetByRole(AriaRole.Button, new() { Name = "确认金额" }).ClickAsync();
        await Assertions.Expect(panel.GetByText("结算账户已验证。").First).ToBeVisibleAsync();

        await page.GotoAsync("/onboarding?step=5");
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.Locator("[data-testid=still-missing]")).ToHaveCountAsync(0);
        var submit = page.GetByRole(AriaRole.Button, new() { Name = "提交审核", Exact = true });
        await submit.ClickAsync();
        await Assertions.Expect(page.GetByText("请勾选声明")).ToBeVisibleAsync();
        await page.GetByLabel("本人声明所填信息及资料真实、完整，且属于本单位。").CheckAsync();
        await Assertions.Expect(page.GetByText("请勾选声明")).ToHaveCountAsync(0);
        await page.ScreenshotWholeAsync(Path.Combine(BrowserFixture.ScreenshotDirectory, "wizard-submit-zh-CN.png"));
        await submit.ClickAsync();

        // Submitted: the wizard goes on to the API keys, and the submit step says it is done.
        await Assertions.Expect(page.Locator("[data-testid=application-state]")).ToHaveTextAsync("已提交");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "接口密钥", Exact = true })).ToBeVisibleAsync();
        await page.GotoAsync("/onboarding?step=5");
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByText("已提交审核。")).ToBeVisibleAsync();
    }
}
