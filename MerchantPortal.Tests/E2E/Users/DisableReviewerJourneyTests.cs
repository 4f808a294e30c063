using System.Diagnostics;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Features.Users;
using MerchantPortal.Resources;
using MerchantPortal.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace MerchantPortal.Tests.E2E.Users;

/// <summary>
/// An admin disables a reviewer who has the review queue open: within the revalidation interval (a few seconds here) the
/// reviewer's open page loses its user and lands on sign-in, and signing in again is refused.
/// </summary>
[Collection(BrowserCollection.Name)]
public class DisableReviewerJourneyTests(BrowserFixture browser, ITestOutputHelper output)
{
    // The circuit notices within the interval; the page then reloads into sign-in, which takes a moment more.
    private static readonly TimeSpan Reload = TimeSpan.FromSeconds(4);

    private static string Zh(Func<string> text)
    {
        using var _ = new CultureScope("zh-CN");
        return text();
    }

    private static async Task<IPage> NewPageAsync(BrowserFixture browser, PortalFactory portal)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = portal.ServerAddress,
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        return await context.NewPageAsync();
    }

    [Fact]
    public async Task AdminDisablesAReviewer_TheReviewersOpenQueue_LosesAccessWithinTheInterval()
    {
        await using var portal = new ShortRevalidationPortal();
        var admin = await portal.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        var reviewer = await portal.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);

        var queue = await NewPageAsync(browser, portal);
        await queue.SignInAsync(reviewer);
        await queue.GotoAsync("/review");
        await queue.WaitForCircuitAsync();
        await Assertions.Expect(queue.Locator("[data-testid=review-queue]")).ToBeVisibleAsync();

        var users = await NewPageAsync(browser, portal);
        await users.SignInAsync(admin);
        await users.GotoAsync("/admin/users");
        await users.WaitForCircuitAsync();
        await users.Locator("input[data-testid=filter-search], [data-testid=filter-search] input").First.FillAsync(reviewer.Email);
        await Assertions.Expect(users.Locator("[data-testid=users] tbody tr")).ToHaveCountAsync(1);
        var row = users.Locator("[data-testid=users] tbody tr").Filter(new() { HasText = reviewer.Email });
        await Assertions.Expect(row.Locator("[data-testid=user-status]")).ToHaveAttributeAsync("data-status", nameof(UserStatus.Active));
        await users.ScreenshotWholeAsync(Path.Combine(BrowserFixture.ScreenshotDirectory, "users-disable-zh-CN.png"));

        await row.Locator("[data-testid=user-actions] button").ClickAsync();
        await users.Locator("[data-testid=action-disable]").ClickAsync();
        var confirm = users.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = Zh(() => UsersText.Disable), Exact = true });
        var sinceDisable = Stopwatch.StartNew();
        await confirm.ClickAsync();
        await Assertions.Expect(row.Locator("[data-testid=user-status]")).ToHaveAttributeAsync("data-status", nameof(UserStatus.Disabled));

        // The reviewer did nothing: the open queue page ends up at sign-in on its own, the queue gone.
        await queue.WaitForURLAsync("**/Account/Login**", new() { Timeout = (float)(ShortRevalidationPortal.Interval + Reload).TotalMilliseconds });
        var lostAfter = sinceDisable.Elapsed;
        output.WriteLine($"Interval {ShortRevalidationPortal.Interval.TotalSeconds} s: the reviewer's page was at sign-in {lostAfter.TotalSeconds:0.0} s after the admin confirmed.");
        Assert.True(lostAfter < ShortRevalidationPortal.Interval + Reload, $"The reviewer's page lost access only after {lostAfter}.");
        await Assertions.Expect(queue.Locator("[data-testid=review-queue]")).ToHaveCountAsync(0);
        await Assertions.Expect(queue.GetByRole(AriaRole.Heading, new() { Name = Zh(() => AccountText.SignInTitle), Exact = true })).ToBeVisibleAsync();
        await queue.ScreenshotWholeAsync(Path.Combine(BrowserFixture.ScreenshotDirectory, "users-disabled-reviewer-zh-CN.png"));

        // Signing in again is refused, with the same words as a wrong password.
        await queue.FillAsync("#Input\\.Email", reviewer.Email);
        await queue.FillAsync("#Input\\.Password", reviewer.Password);
        await queue.ClickAsync("button[type=submit]");
        await Assertions.Expect(queue.GetByText(Zh(() => AccountText.SignInFailed))).ToBeVisibleAsync();
        await Assertions.Expect(queue).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));
    }
}
