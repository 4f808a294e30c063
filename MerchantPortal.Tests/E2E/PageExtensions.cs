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
            await page.WaitForURLAsync("**/Account/LoginWith2fa**");
            await page.FillAsync("#Input\\.Code", account.CurrentCode());
            await page.ClickAsync("button[type=submit]");
        }

        await page.WaitForCircuitAsync();
    }
}
