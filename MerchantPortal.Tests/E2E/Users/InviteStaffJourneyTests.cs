using MerchantPortal.Domain.Accounts;
using MerchantPortal.Features.Users;
using MerchantPortal.Resources;
using MerchantPortal.Tests.Support;
using Microsoft.Playwright;

namespace MerchantPortal.Tests.E2E.Users;

/// <summary>
/// An admin invites a reviewer from the users page; the invitee sets a password through the emailed link and is sent to
/// enrol an authenticator at the first sign-in; the admin then also makes them an admin. Screenshots in both languages.
/// </summary>
[Collection(BrowserCollection.Name)]
public class InviteStaffJourneyTests(BrowserFixture browser)
{
    private static string Zh(Func<string> text)
    {
        using var _ = new CultureScope("zh-CN");
        return text();
    }

    private static Task Shot(IPage page, string name) => page.ScreenshotWholeAsync(Path.Combine(BrowserFixture.ScreenshotDirectory, $"users-{name}.png"));

    [Fact]
    public async Task AdminInvites_InviteeSetsAPassword_EnrolsAtFirstSignIn_AdminAddsTheAdminRole()
    {
        var portal = browser.Portal;
        var admin = await portal.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        var email = $"new-reviewer-{Guid.NewGuid():N}@example.test";
        var users = await browser.NewPageAsync();
        await users.SignInAsync(admin);
        await users.GetByRole(AriaRole.Link, new() { Name = Zh(() => UsersText.NavUsers), Exact = true }).ClickAsync();
        await users.WaitForCircuitAsync();

        await users.Locator("[data-testid=invite-staff]").ClickAsync();
        await users.Locator("input[data-testid=invite-email], [data-testid=invite-email] input").First.FillAsync("not-an-email");
        await users.Locator("[data-testid=send-invitation]").ClickAsync();
        await Assertions.Expect(users.GetByText(Zh(() => AccountText.EmailInvalid))).ToBeVisibleAsync();
        await users.Locator("input[data-testid=invite-email], [data-testid=invite-email] input").First.FillAsync(email);
        await users.Locator("input[data-testid=invite-name], [data-testid=invite-name] input").First.FillAsync("陈静");
        await Shot(users, "invite-zh-CN");
        await users.Locator("[data-testid=send-invitation]").ClickAsync();
        await Assertions.Expect(users.GetByText(string.Format(Zh(() => UsersText.InvitationSent), email))).ToBeVisibleAsync();
        // The list is paged by address: in the full suite the shared portal holds more than a page of accounts.
        await users.Locator("input[data-testid=filter-search], [data-testid=filter-search] input").First.FillAsync(email);
        var row = users.Locator("[data-testid=users] tbody tr").Filter(new() { HasText = email });
        await Assertions.Expect(row.Locator("[data-testid=user-status]")).ToHaveAttributeAsync("data-status", nameof(UserStatus.Invited));

        // The invitee opens the emailed link, sets a password, and signs in: staff pages first want an authenticator.
        var invitee = await browser.NewPageAsync();
        await invitee.GotoAsync(Mailbox.Link(portal.Mail.Last(email), "/Account/AcceptInvitation"));
        await Assertions.Expect(invitee.Locator("#Input\\.DisplayName")).ToHaveValueAsync("陈静");
        await invitee.FillAsync("#Input\\.Password", TestAccounts.Password);
        await invitee.FillAsync("#Input\\.ConfirmPassword", TestAccounts.Password);
        await invitee.ClickAsync("button[type=submit]");
        await Assertions.Expect(invitee.GetByText(Zh(() => UsersText.AcceptDone))).ToBeVisibleAsync();
        await invitee.GotoAsync("/Account/Login");
        await invitee.FillAsync("#Input\\.Email", email);
        await invitee.FillAsync("#Input\\.Password", TestAccounts.Password);
        await invitee.ClickAsync("button[type=submit]");
        await invitee.WaitForURLAsync("**/Account/Manage/EnableAuthenticator**");
        await Assertions.Expect(invitee.Locator("[data-testid=authenticator-qr] svg")).ToBeVisibleAsync();

        // The admin sees the account active, without a second factor yet, and adds the Admin role.
        await users.ReloadAsync();
        await users.WaitForCircuitAsync();
        await users.Locator("input[data-testid=filter-search], [data-testid=filter-search] input").First.FillAsync(email);
        await Assertions.Expect(row.Locator("[data-testid=user-status]")).ToHaveAttributeAsync("data-status", nameof(UserStatus.Active));
        await row.Locator("[data-testid=user-actions] button").ClickAsync();
        await users.Locator("[data-testid=action-roles]").ClickAsync();
        await users.Locator("[data-testid=role-Admin]").ClickAsync();
        await users.Locator("[data-testid=save-roles]").ClickAsync();
        await Assertions.Expect(row.Locator("[data-testid=user-roles]")).ToHaveAttributeAsync("data-roles", $"{PortalRoles.Reviewer},{PortalRoles.Admin}");
        await Shot(users, "zh-CN");

        await users.Locator("[data-testid=language-switch]").ClickAsync();
        await users.WaitForCircuitAsync();
        await Assertions.Expect(users.GetByRole(AriaRole.Heading, new() { Name = "Users and roles", Exact = true })).ToBeVisibleAsync();
        await Shot(users, "en");
    }
}
