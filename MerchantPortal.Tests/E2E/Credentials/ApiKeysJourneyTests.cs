using System.Security.Cryptography;
using System.Text.Json;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Credentials;
using MerchantPortal.Features.Credentials;
using MerchantPortal.Features.Onboarding.Wizard;
using MerchantPortal.Tests.Support;
using Microsoft.Playwright;

namespace MerchantPortal.Tests.E2E.Credentials;

/// <summary>
/// The "API keys" step while the application waits for review (seeded through the wizard's services): the
/// applicant generates an Alipay key pair, downloads the private key once, rotates the key, and sees both
/// fingerprints during the overlap.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ApiKeysJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Applicant_GeneratesKeys_DownloadsThePrivateKeyOnce_Rotates_AndSeesBothFingerprints()
    {
        var portal = browser.Portal;
        var owner = await portal.CreateAccountAsync(PortalRoles.Applicant);
        await WizardSeed.SubmittedAsync(portal, owner, new PlatformsStepInput { PlatformCodes = ["alipay"], InStore = true });
        var page = await browser.NewPageAsync();
        await page.SignInAsync(owner);

        // From the home page's enrollment list to the step.
        await page.Locator("[data-testid=manage-api-keys]").ClickAsync();
        await page.WaitForCircuitAsync();
        var card = page.Locator("[data-testid=credentials-alipay]");
        await Assertions.Expect(card.Locator("[data-testid=app-id]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^9021\\d{12}$"));
        await Assertions.Expect(card.Locator("[data-testid=platform-key]")).ToHaveCountAsync(1);

        // Generate: the private key is offered once, and it is the pair of the fingerprint shown.
        await card.Locator("[data-testid=add-key]").ClickAsync();
        var first = await DownloadAsync(page, card);
        var merchantKeys = card.Locator("[data-testid=merchant-key]");
        await Assertions.Expect(merchantKeys).ToHaveCountAsync(1);
        Assert.Equal(FingerprintOf(first.Pem), await merchantKeys.First.GetAttributeAsync("data-fingerprint"));
        await Assertions.Expect(card.Locator("[data-testid=download-private-key]")).ToHaveCountAsync(0);
        var again = await PostWithAntiforgeryAsync(page, PrivateKeyEndpoint.PathFor(first.KeyId));
        Assert.Equal(410, again.Status);
        await page.ScreenshotWholeAsync(Path.Combine(BrowserFixture.ScreenshotDirectory, "api-keys-zh-CN.png"));

        // Rotate with the default overlap (a day): both keys are listed with their fingerprints.
        await card.Locator("[data-testid=add-key]").ClickAsync();
        var second = await DownloadAsync(page, card);
        await Assertions.Expect(merchantKeys).ToHaveCountAsync(2);
        var shown = await merchantKeys.EvaluateAllAsync<string[]>("keys => keys.map(k => k.getAttribute('data-fingerprint'))");
        Assert.Equal([FingerprintOf(second.Pem), FingerprintOf(first.Pem)], shown);
        await Assertions.Expect(merchantKeys.Nth(1)).ToContainTextAsync("有效至");
        await Assertions.Expect(merchantKeys.Nth(0)).ToContainTextAsync("当前使用");
        await page.ScreenshotWholeAsync(Path.Combine(BrowserFixture.ScreenshotDirectory, "api-keys-rotated-zh-CN.png"));

        // The request log: a good request and one whose signature covers too little, explained.
        var appId = await card.Locator("[data-testid=app-id]").TextContentAsync();
        using (var http = new HttpClient { BaseAddress = new Uri(portal.ServerAddress) })
        {
            var good = IndependentAlipaySigner.Request(appId!, "alipay.trade.query", """{"out_trade_no":"E2E-LOG"}""", portal.Clock.GetUtcNow());
            await http.PostAsync(MerchantPortal.Platforms.Alipay.Sandbox.AlipaySandboxEndpoints.GatewayPath, new FormUrlEncodedContent(new IndependentAlipaySigner(second.Pem).Signed(good)));
            var bad = IndependentAlipaySigner.Request(appId!, "alipay.trade.query", """{"out_trade_no":"E2E-LOG"}""", portal.Clock.GetUtcNow());
            bad["sign"] = new IndependentAlipaySigner(second.Pem).Sign(bad.Where(p => p.Key != "sign_type").ToDictionary());
            await http.PostAsync(MerchantPortal.Platforms.Alipay.Sandbox.AlipaySandboxEndpoints.GatewayPath, new FormUrlEncodedContent(bad));
        }

        await card.Locator("[data-testid=request-log-refresh]").ClickAsync();
        var rows = card.Locator("[data-testid=request-log] tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("sign_type");
        await Assertions.Expect(rows.Nth(1)).ToHaveAttributeAsync("data-accepted", "yes");
        await page.ScreenshotWholeAsync(Path.Combine(BrowserFixture.ScreenshotDirectory, "api-keys-request-log-zh-CN.png"));

        await page.Locator("[data-testid=language-switch]").ClickAsync();
        await page.WaitForCircuitAsync();
        await Assertions.Expect(merchantKeys.Nth(1)).ToContainTextAsync("Valid until");
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("The signed string differs at parameter sign_type");
        await page.ScreenshotWholeAsync(Path.Combine(BrowserFixture.ScreenshotDirectory, "api-keys-rotated-en.png"));
    }

    [Fact]
    public async Task Applicant_GetsAWeChatPayCertificate_AnApiV3KeyShownOnce_AndChoosesTheCertificateMode()
    {
        var portal = browser.Portal;
        var owner = await portal.CreateAccountAsync(PortalRoles.Applicant);
        await WizardSeed.SubmittedAsync(portal, owner, new PlatformsStepInput { PlatformCodes = ["wechatpay"], InStore = true });
        var page = await browser.NewPageAsync();
        await page.SignInAsync(owner);
        await page.GotoAsync($"/organizations/{owner.OrganizationId}/onboarding?step=6");
        await page.WaitForCircuitAsync();
        var card = page.Locator("[data-testid=credentials-wechatpay]");
        await Assertions.Expect(card.Locator("[data-testid=mchid]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^19\\d{8}$"));

        // The merchant certificate: generated with its key, the key downloaded once, the serial shown.
        await card.Locator("[data-testid=add-key]").ClickAsync();
        var (_, pem) = await DownloadAsync(page, card);
        var merchantKey = card.Locator("[data-testid=merchant-key]");
        await Assertions.Expect(merchantKey.Locator("[data-testid=key-id]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9A-F]{40}$"));
        Assert.Equal(FingerprintOf(pem), await merchantKey.GetAttributeAsync("data-fingerprint"));

        // A typed key of the wrong length is refused; a generated one is shown once, then only masked.
        await card.Locator("[data-testid=api-v3-key-entered]").FillAsync("too-short");
        await card.Locator("[data-testid=set-api-v3-key]").ClickAsync();
        await Assertions.Expect(card.Locator("[data-testid=api-v3-key-error]")).ToContainTextAsync("32");
        await card.Locator("[data-testid=api-v3-key-entered]").FillAsync("");
        await card.Locator("[data-testid=set-api-v3-key]").ClickAsync();
        var shown = card.Locator("[data-testid=api-v3-key-value]");
        await Assertions.Expect(shown).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[A-Za-z0-9]{32}$"));
        var secret = await shown.TextContentAsync();
        await Assertions.Expect(card.Locator("[data-testid=api-v3-key]")).ToHaveCountAsync(1);
        await page.ScreenshotWholeAsync(Path.Combine(BrowserFixture.ScreenshotDirectory, "api-keys-wechatpay-zh-CN.png"));
        await page.ReloadAsync();
        await page.WaitForCircuitAsync();
        await Assertions.Expect(card.Locator("[data-testid=api-v3-key]")).ToHaveCountAsync(1);
        Assert.DoesNotContain(secret!, await page.ContentAsync());

        // The platform key: named by its public key id, or by its certificate's serial once that mode is chosen.
        var platformKey = card.Locator("[data-testid=platform-key]");
        await Assertions.Expect(platformKey.Locator("[data-testid=key-id]")).ToContainTextAsync("PUB_KEY_ID_");
        await card.Locator("[data-testid=platform-key-mode]").GetByText("用平台证书验签").ClickAsync();
        await Assertions.Expect(card.Locator("[data-testid=platform-key-mode] input[type=radio]").Nth(1)).ToBeCheckedAsync();
    }

    private static async Task<(Guid KeyId, string Pem)> DownloadAsync(IPage page, ILocator card)
    {
        var button = card.Locator("[data-testid=download-private-key]");
        var keyId = Guid.Parse((await button.GetAttributeAsync("data-key-id"))!);
        var download = await page.RunAndWaitForDownloadAsync(() => button.ClickAsync());
        await using var stream = await download.CreateReadStreamAsync();
        var pem = await new StreamReader(stream).ReadToEndAsync();
        Assert.StartsWith("-----BEGIN PRIVATE KEY-----", pem);
        Assert.EndsWith(".pem", download.SuggestedFilename);
        await Assertions.Expect(button).ToHaveCountAsync(0);
        return (keyId, pem);
    }

    /// <summary>What a second download would have to do: the same post, with a valid antiforgery token.</summary>
    private static async Task<IAPIResponse> PostWithAntiforgeryAsync(IPage page, string path)
    {
        var tokenResponse = await page.APIRequest.GetAsync("/api/antiforgery");
        var token = JsonDocument.Parse(await tokenResponse.TextAsync()).RootElement.GetProperty("token").GetString()!;
        var form = page.APIRequest.CreateFormData();
        form.Set("__RequestVerificationToken", token);
        return await page.APIRequest.PostAsync(path, new() { Form = form });
    }

    private static string FingerprintOf(string privatePem)
    {
        using var rsa = RSA.Create();
        rsa.ImportFromPem(privatePem);
        return PublicKeyInfo.Of(rsa).Fingerprint;
    }
}
