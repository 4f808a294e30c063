using MerchantPortal.Domain.Accounts;
using MerchantPortal.Features.Onboarding;
using MerchantPortal.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MerchantPortal.Tests.E2E.Wizard;

/// <summary>
/// The whole wizard in one browser walk for an enterprise choosing Alipay and WeChat Pay: platforms,
/// enterprise, identity, documents, micro-deposit from the sandbox statement, submit; with a reload in the
/// middle. Labels are the portal's own resources in the walk's language; every step is screenshotted.
/// </summary>
[Collection(BrowserCollection.Name)]
public class WholeWizardJourneyTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task Enterprise_ChoosingAlipayAndWeChatPay_WalksTheWholeWizard(string culture)
    {
        var shot = 0;
        async Task Shot(IPage p, string name) =>
            await p.ScreenshotWholeAsync(Path.Combine(BrowserFixture.ScreenshotDirectory, $"walk-{culture}-{++shot:00}-{name}.png"));

        var owner = await browser.Portal.CreateAccountAsync(PortalRoles.Applicant);
        var applicationId = await browser.Portal.WithServicesAsync(sp => sp.GetRequiredService<ApplicationService>().StartAsync(owner.Id, owner.OrganizationId!.Value));
        var page = await browser.NewPageAsync();
        await page.SignInAsync(owner);
        if (culture == "en")
        {
            await page.Locator("[data-testid=language-switch]").ClickAsync();
            await page.WaitForCircuitAsync();
        }

        await WizardWalk.SubmitAsync(page, applicationId, culture, Shot);
    }
}
