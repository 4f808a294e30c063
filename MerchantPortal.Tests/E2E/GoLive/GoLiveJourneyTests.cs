using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Enrollments;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Features.GoLive;
using MerchantPortal.Resources;
using MerchantPortal.Tests.E2E.Wizard;
using MerchantPortal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace MerchantPortal.Tests.E2E.GoLive;

/// <summary>
/// The one walk through everything, in the browser: sign-up → the whole wizard → a reviewer approves the (low-risk)
/// application → keys for Alipay and WeChat Pay, the sample merchant receiver as notify URL → green go-live runs for
/// both → the agreement → go-live requested; the approver may not confirm, a second reviewer does → both live.
/// Screenshots of each stage are saved by the run.
/// </summary>
[Collection(BrowserCollection.Name)]
public class GoLiveJourneyTests(BrowserFixture browser)
{
    private static readonly string[] Platforms = ["alipay", "wechatpay"];

    [Fact]
    public async Task SignUp_Wizard_Review_Keys_GreenRuns_Agreement_ConfirmedByAnotherReviewer_BothLive()
    {
        var portal = browser.Portal;
        var shot = 0;
        async Task Shot(IPage p, string name) => await p.ScreenshotWholeAsync(Path.Combine(BrowserFixture.ScreenshotDirectory, $"journey-{++shot:00}-{name}.png"));
        static string Zh(Func<string> text) { using var _ = new CultureScope("zh-CN"); return text(); }

        // Sign-up, e-mail confirmation, sign-in, and the application started from the home page.
        var page = await browser.NewPageAsync();
        var email = $"journey-{Guid.NewGuid():N}@example.test";
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "开始申请", Exact = true }).ClickAsync();
        await page.FillAsync("#Input\\.DisplayName", "陈静");
        await page.FillAsync("#Input\\.OrganizationName", "厦门示例零售有限公司");
        await page.FillAsync("#Input\\.Email", email);
        await page.FillAsync("#Input\\.Password", TestAccounts.Password);
        await page.FillAsync("#Input\\.ConfirmPassword", TestAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "注册", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "请查收邮件" })).ToBeVisibleAsync();
        await page.GotoAsync(Mailbox.Link(portal.Mail.Last(email), "/Account/ConfirmEmail"));
        var owner = new TestAccount("", email, TestAccounts.Password, PortalRoles.Applicant, null, null, null);
        await page.SignInAsync(owner);
        await page.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = Zh(() => WorkflowText.StartApplication), Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=application-state]").First).ToBeVisibleAsync();
        var applicationId = await ApplicationOfAsync(email);

        await WizardWalk.SubmitAsync(page, applicationId, "zh-CN", Shot);

        // The review: low risk, so one reviewer's approval decides.
        var approver = await portal.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var staff = await browser.NewPageAsync();
        await staff.SignInAsync(approver);
        await staff.GotoAsync($"/review/cases/{applicationId}");
        await staff.WaitForCircuitAsync();
        await staff.Locator("[data-testid=case-header] [data-testid=claim]").ClickAsync();
        var undecided = staff.Locator("[data-testid=approve-document]");
        await Assertions.Expect(undecided.First).ToBeVisibleAsync();
        for (var left = await undecided.CountAsync(); left > 0; left--)
        {
            await undecided.First.ClickAsync();
            await Assertions.Expect(undecided).ToHaveCountAsync(left - 1);
        }

        await staff.Locator("[data-testid=approve-application]").ClickAsync();
        await Assertions.Expect(staff.Locator("[data-testid=case-header] [data-testid=application-state]")).ToHaveTextAsync(Zh(() => Infrastructure.Localization.EnumText.Of(ApplicationState.Approved)));
        await Shot(staff, "approved");

        // Keys: a generated key the portal may keep, the API v3 key, and the sample merchant receiver as notify URL.
        await page.GotoAsync("/onboarding?step=6");
        await page.WaitForCircuitAsync();
        foreach (var platform in Platforms)
        {
            var card = page.Locator($"[data-testid=credentials-{platform}]");
            await card.Locator("input[data-testid=keep-private-key], [data-testid=keep-private-key] input").CheckAsync();
            await card.Locator("[data-testid=add-key]").ClickAsync();
            await Assertions.Expect(card.Locator("[data-testid=merchant-key]")).ToHaveCountAsync(1);
            if (platform == "wechatpay")
            {
                await card.Locator("[data-testid=set-api-v3-key]").ClickAsync();
                await Assertions.Expect(card.Locator("[data-testid=api-v3-key]")).ToHaveCountAsync(1);
            }

            var id = await card.Locator(platform == "alipay" ? "[data-testid=app-id]" : "[data-testid=mchid]").TextContentAsync();
            await card.Locator("input[data-testid=notify-url]").FillAsync(GoLiveSeed.SampleReceiver(portal, platform, id!.Trim()));
            await card.Locator("[data-testid=save-notify-url]").ClickAsync();
            await Assertions.Expect(card.Locator("[data-testid=notify-url-saved]")).ToBeVisibleAsync();
        }

        await Shot(page, "keys");

        // Go-live tests for both platforms, then the agreement and the request.
        await page.GotoAsync("/onboarding?step=7");
        await page.WaitForCircuitAsync();
        foreach (var platform in Platforms)
        {
            var card = page.Locator($"[data-testid=golive-{platform}]");
            await Assertions.Expect(card.Locator("[data-testid=run-mode]")).ToHaveAttributeAsync("data-mode", nameof(Domain.GoLiveRuns.GoLiveRunMode.PortalRun));
            await card.Locator("[data-testid=start-run]").ClickAsync();
            await Assertions.Expect(card.Locator("[data-testid=run]")).ToHaveAttributeAsync("data-status", "green", new() { Timeout = 90_000 });
            await Assertions.Expect(card.Locator("[data-testid=run] [data-status=Passed]")).ToHaveCountAsync(11);
        }

        await Shot(page, "runs-green");
        foreach (var platform in Platforms)
        {
            var card = page.Locator($"[data-testid=golive-{platform}]");
            await card.Locator("input[data-testid=agreement-checkbox], [data-testid=agreement-checkbox] input").CheckAsync();
            await card.Locator("[data-testid=accept-agreement]").ClickAsync();
            await Assertions.Expect(card.Locator("[data-testid=agreement-accepted]")).ToContainTextAsync(MerchantAgreement.CurrentVersion);
            await card.Locator("[data-testid=request-go-live]").ClickAsync();
            await Assertions.Expect(card.Locator("[data-testid=requested]")).ToBeVisibleAsync();
        }

        await Shot(page, "requested");

        // The approver may not confirm; a second reviewer does.
        await staff.ReloadAsync();
        await staff.WaitForCircuitAsync();
        foreach (var platform in Platforms)
        {
            await Assertions.Expect(staff.Locator($"[data-testid=case-golive-{platform}] [data-testid=confirm-refused]")).ToBeVisibleAsync();
            await Assertions.Expect(staff.Locator($"[data-testid=case-golive-{platform}] [data-testid=confirm-go-live]")).ToHaveCountAsync(0);
        }

        await Shot(staff, "approver-refused");
        var checker = await browser.NewPageAsync();
        await checker.SignInAsync(await portal.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true));
        await checker.GotoAsync($"/review/cases/{applicationId}");
        await checker.WaitForCircuitAsync();
        foreach (var platform in Platforms)
        {
            var section = checker.Locator($"[data-testid=case-golive-{platform}]");
            await section.Locator("[data-testid=confirm-go-live]").ClickAsync();
            await Assertions.Expect(section).ToHaveAttributeAsync("data-state", nameof(EnrollmentState.Live));
        }

        await Shot(checker, "confirmed");

        // Both live, seen by the applicant with the production ids.
        await page.ReloadAsync();
        await page.WaitForCircuitAsync();
        foreach (var platform in Platforms)
        {
            var card = page.Locator($"[data-testid=golive-{platform}]");
            await Assertions.Expect(card).ToHaveAttributeAsync("data-state", nameof(EnrollmentState.Live));
            await Assertions.Expect(card.Locator("[data-testid=live]")).ToContainTextAsync(platform == "alipay" ? "2021" : "正式环境商户号");
            await Assertions.Expect(card.Locator("[data-testid=request]")).ToHaveCountAsync(0);
        }

        await Shot(page, "live");

        // The same page in English.
        await page.Locator("[data-testid=language-switch]").ClickAsync();
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.Locator("[data-testid=golive-wechatpay] [data-testid=live]")).ToContainTextAsync("Production merchant id");
        await Shot(page, "live-en");
    }

    private async Task<Guid> ApplicationOfAsync(string email)
    {
        await using var db = await browser.Portal.CreateDbContextAsync();
        return await (from u in db.Users
                      where u.Email == email
                      join m in db.OrganizationMembers on u.Id equals m.UserId
                      join a in db.Applications on m.OrganizationId equals a.OrganizationId
                      select a.Id).SingleAsync();
    }
}
