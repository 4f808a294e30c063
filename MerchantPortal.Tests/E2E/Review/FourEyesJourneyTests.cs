using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Review;
using MerchantPortal.Resources;
using MerchantPortal.Tests.Support;
using Microsoft.Playwright;
using static MerchantPortal.Infrastructure.Localization.EnumText;

namespace MerchantPortal.Tests.E2E.Review;

/// <summary>
/// Four-eyes in three browsers: reviewer A approves a high-risk case (seeded up to every document approved) and
/// cannot confirm it; reviewer B finds it by its risk, confirms it; the applicant's open home shows "approved"
/// and a notification; the audit chain verifies.
/// </summary>
[Collection(BrowserCollection.Name)]
public class FourEyesJourneyTests(BrowserFixture browser)
{
    private static string Zh(Func<string> text)
    {
        using var _ = new CultureScope("zh-CN");
        return text();
    }

    private static Task Shot(IPage page, string name) => page.ScreenshotWholeAsync(Path.Combine(BrowserFixture.ScreenshotDirectory, $"four-eyes-{name}.png"));

    [Fact]
    public async Task ReviewerA_Approves_CannotConfirm_ReviewerB_Confirms_ApplicantIsTold_AuditVerifies()
    {
        var portal = browser.Portal;
        var owner = await portal.CreateAccountAsync(PortalRoles.Applicant);
        var reviewerA = await portal.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var reviewerB = await portal.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var id = await RiskSeed.HighRiskSubmittedAsync(portal, owner);
        await ReviewSeed.ClaimAsync(portal, reviewerA, id);
        await ReviewSeed.ApproveAllDocumentsAsync(portal, reviewerA, owner, id);
        var state = "[data-testid=case-header] [data-testid=application-state]";

        // The applicant watches their home page.
        var applicant = await browser.NewPageAsync();
        await applicant.SignInAsync(owner);

        // Reviewer A sees the finding and approves: the case waits for a second person, and A is not offered the confirmation.
        var a = await browser.NewPageAsync();
        await a.SignInAsync(reviewerA);
        await a.GotoAsync($"/review/cases/{id}");
        await a.WaitForCircuitAsync();
        var risk = a.Locator("[data-testid=risk-panel]");
        await Assertions.Expect(risk.Locator("[data-risk]")).ToHaveAttributeAsync("data-risk", nameof(RiskLevel.High));
        await Assertions.Expect(risk.Locator($"[data-check={RiskCheck.DocumentUsedByAnotherOrganization}]")).ToContainTextAsync(Zh(() => Of(Domain.Requirements.DocumentKind.BusinessLicense)));
        await a.Locator("[data-testid=approve-application]").ClickAsync();
        await Assertions.Expect(a.Locator(state)).ToHaveTextAsync(Zh(() => Of(ApplicationState.PendingConfirmation)));
        await Assertions.Expect(a.Locator("[data-testid=awaiting-other]")).ToBeVisibleAsync();
        await Assertions.Expect(a.Locator("[data-testid=confirm-approval]")).ToHaveCountAsync(0);
        await Shot(a, "maker-zh-CN");

        // Reviewer B filters the queue to high risk, opens the case and confirms it.
        var b = await browser.NewPageAsync();
        await b.SignInAsync(reviewerB);
        await b.GotoAsync("/review");
        await b.WaitForCircuitAsync();
        await b.Locator("[data-testid=filter-risk]").ClickAsync();
        await b.GetByRole(AriaRole.Option, new() { Name = Zh(() => Of(RiskLevel.High)) }).ClickAsync();
        var row = b.Locator("[data-testid=review-queue] tbody tr").Filter(new() { Has = b.Locator($"a[href='/review/cases/{id}']") });
        await Assertions.Expect(row.Locator("[data-risk]")).ToHaveAttributeAsync("data-risk", nameof(RiskLevel.High));
        await Shot(b, "queue-high-risk-zh-CN");
        await row.Locator($"a[href='/review/cases/{id}']").First.ClickAsync();
        await b.WaitForURLAsync($"**/review/cases/{id}");
        await Assertions.Expect(b.Locator("[data-testid=pending-approval]")).ToBeVisibleAsync();
        await Shot(b, "checker-zh-CN");
        await b.Locator("[data-testid=confirm-approval]").ClickAsync();
        await Assertions.Expect(b.Locator(state)).ToHaveTextAsync(Zh(() => Of(ApplicationState.Approved)));

        // The applicant's open page shows the decision and the bell counts it.
        await Assertions.Expect(applicant.Locator("[data-testid=application-state]").First).ToHaveTextAsync(Zh(() => Of(ApplicationState.Approved)));
        var unread = applicant.Locator("[data-testid=unread-count]");
        await Assertions.Expect(unread).Not.ToHaveAttributeAsync("data-unread", "0");
        var unreadBefore = int.Parse(await unread.GetAttributeAsync("data-unread") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        await applicant.Locator("[data-testid=notification-bell] button").First.ClickAsync();
        var approved = applicant.Locator("[data-testid=notification]").First;
        await Assertions.Expect(approved).ToContainTextAsync(Zh(() => Of(ApplicationState.Approved)));
        await Shot(applicant, "applicant-notified-zh-CN");
        await approved.ClickAsync();
        await Assertions.Expect(unread).ToHaveAttributeAsync("data-unread", (unreadBefore - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));

        // The audit trail holds every step, and its chain verifies.
        await b.GotoAsync("/audit");
        await b.WaitForCircuitAsync();
        await b.Locator("input[data-testid=filter-subject], [data-testid=filter-subject] input").First.FillAsync(id.ToString());
        await Assertions.Expect(b.Locator("[data-testid=audit-log] tbody tr").First).ToContainTextAsync("review.confirm");
        await b.Locator("[data-testid=verify-chain]").ClickAsync();
        await Assertions.Expect(b.Locator("[data-testid=chain-result]")).ToHaveAttributeAsync("data-intact", "true");
        await Shot(b, "audit-zh-CN");
        await b.Locator("[data-testid=language-switch]").ClickAsync();
        await b.WaitForCircuitAsync();
        await Assertions.Expect(b.GetByRole(AriaRole.Heading, new() { Name = "Audit trail" })).ToBeVisibleAsync();
        await Shot(b, "audit-en");
    }
}
