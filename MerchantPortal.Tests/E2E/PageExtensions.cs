using MerchantPortal.Tests.Support;
using Microsoft.Playwright;

namespace MerchantPortal.Tests.E2E;

public static class PageExtensions
{
    /// <summary>Prerendered buttons do nothing until the circuit is up; the layout says when it is.</summary>
    public static Task WaitForCircuitAsync(this IPage page) =>
        page.Locator("[data-interactive=true]").WaitForAsync();

    /// <summary>Signs in through the sign-in pages as a person does, typing the authenticator code when asked.</summary>
    public static async Task SignInAsync(this IPage page, TestAccount account)
    {
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#Input\\.Email", account.Email);
        await page.FillAsync("#Input\\.Password", account.Password);
        await page.ClickAsync("button[type=submit]");
        if (account.AuthenticatorKey is not null)
        {
            try
            {
                await page.WaitForURLAsync("**/Account/LoginWith2fa**");
            }
            catch (TimeoutException e)
            {
                // Say where the browser is stuck and what the page says, so a failure here can be told apart from a slow machine.
                var text = await page.Locator("body").InnerTextAsync();
                throw new TimeoutException($"Sign-in of {account.Email} stayed at {page.Url}: {text[..Math.Min(400, text.Length)]}", e);
            }

            await page.FillAsync("#Input\\.Code", account.CurrentCode());
            await page.ClickAsync("button[type=submit]");
        }

        await page.WaitForCircuitAsync();
    }

    /// <summary>
    /// The whole page as a person scrolling would see it: the viewport grows to the page's height for the
    /// shot, because a full-page capture paints the fixed app bar and drawer halfway down the picture.
    /// </summary>
    public static async Task ScreenshotWholeAsync(this IPage page, string path)
    {
        var (width, height) = page.ViewportSize is { } size ? (size.Width, size.Height) : (1280, 800);
        var pageHeight = await page.EvaluateAsync<int>("() => Math.min(4000, document.documentElement.scrollHeight)");
        await page.SetViewportSizeAsync(width, Math.Max(height, pageHeight));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, Animations = ScreenshotAnimations.Disabled });
        await page.SetViewportSizeAsync(width, height);
    }
}
