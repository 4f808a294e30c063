using MerchantPortal.Domain.Accounts;
using Microsoft.Playwright;

namespace MerchantPortal.Tests.E2E.Hosting;

/// <summary>
/// The Content-Security-Policy does not break the portal: Chromium signs in, drives interactive pages over the circuit's
/// WebSocket, and reports no violation — neither on the console ("Refused to …") nor as a securitypolicyviolation event.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ContentSecurityPolicyTests(BrowserFixture browser)
{
    private const string RecordViolations = """
        window.__violations = [];
        document.addEventListener('securitypolicyviolation',
            e => window.__violations.push(e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));
        """;

    private sealed class Watch
    {
        public List<string> Console { get; } = [];

        public List<string> Events { get; } = [];

        public List<string> Sockets { get; } = [];

        public async Task CollectAsync(IPage page) =>
            Events.AddRange(await page.EvaluateAsync<string[]>("() => window.__violations ?? []"));
    }

    private static async Task<(IPage Page, Watch Watch)> WatchedPageAsync(BrowserFixture browser)
    {
        var page = await browser.NewPageAsync();
        var watch = new Watch();
        await page.AddInitScriptAsync(RecordViolations);
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Text.StartsWith("Refused to", StringComparison.Ordinal))
            {
                watch.Console.Add(message.Text);
            }
        };
        page.WebSocket += (_, socket) => watch.Sockets.Add(socket.Url);
        return (page, watch);
    }

    private static void AssertNoViolation(Watch watch)
    {
        Assert.Empty(watch.Console);
        Assert.Empty(watch.Events);
        Assert.Contains(watch.Sockets, url => url.Contains("/_blazor", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Applicant_SignsIn_SwitchesLanguage_AndOpensTheWizard_WithoutAViolation()
    {
        var account = await browser.Portal.CreateAccountAsync(PortalRoles.Applicant);
        var (page, watch) = await WatchedPageAsync(browser);

        await page.SignInAsync(account);
        var policy = await (await page.ReloadAsync())!.HeaderValueAsync("content-security-policy");
        Assert.Contains("script-src 'self' 'nonce-", policy);
        await page.WaitForCircuitAsync();
        await watch.CollectAsync(page);
        await page.Locator("[data-testid=language-switch]").ClickAsync();
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Welcome, ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Account menu", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true })).ToBeVisibleAsync();
        await watch.CollectAsync(page);

        await page.GotoAsync("/onboarding");
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/onboarding"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await watch.CollectAsync(page);

        AssertNoViolation(watch);

        // The watch does see a violation: an inline script the policy forbids is reported both ways.
        await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.__ran = true'; document.body.appendChild(s); }");
        await watch.CollectAsync(page);
        Assert.Contains(watch.Events, e => e.StartsWith("script-src", StringComparison.Ordinal));
        for (var i = 0; i < 50 && watch.Console.Count == 0; i++)
        {
            await Task.Delay(100);
        }

        Assert.NotEmpty(watch.Console);
    }

    [Fact]
    public async Task Staff_SeeTheirEnrolmentQrCode_AndTheDashboard_WithoutAViolation()
    {
        // At the first sign-in staff must enrol: the authenticator page draws its QR code as an inline SVG.
        var reviewer = await browser.Portal.CreateAccountAsync(PortalRoles.Reviewer);
        var (enrolling, enrolWatch) = await WatchedPageAsync(browser);
        await enrolling.GotoAsync("/Account/Login");
        await enrolling.FillAsync("#Input\\.Email", reviewer.Email);
        await enrolling.FillAsync("#Input\\.Password", reviewer.Password);
        await enrolling.ClickAsync("button[type=submit]");
        await Assertions.Expect(enrolling.Locator("[data-testid=authenticator-qr] svg")).ToBeVisibleAsync();
        await enrolWatch.CollectAsync(enrolling);
        Assert.Empty(enrolWatch.Console);
        Assert.Empty(enrolWatch.Events);

        // The dashboard: MudBlazor charts, tabs and filters over the circuit.
        var admin = await browser.Portal.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        var (page, watch) = await WatchedPageAsync(browser);
        await page.SignInAsync(admin);
        await Assertions.Expect(page).ToHaveURLAsync(browser.Portal.ServerAddress + "/admin");
        await Assertions.Expect(page.Locator(".mud-chart svg").First).ToBeVisibleAsync();
        await watch.CollectAsync(page);

        AssertNoViolation(watch);
    }
}
