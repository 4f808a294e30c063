using MerchantPortal.Domain.Accounts;
using MerchantPortal.Tests.Support;
using Microsoft.Playwright;

namespace MerchantPortal.Tests.E2E.Organizations;

[Collection(BrowserCollection.Name)]
public class MembersJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Owner_InvitesColleague_ColleagueJoins_SwitchesOrganization_OwnerHandsOverOwnership()
    {
        var owner = await browser.Portal.CreateAccountAsync(PortalRoles.Applicant, organizationName: "苏州示例医院");
        var colleague = await browser.Portal.CreateAccountAsync(PortalRoles.Applicant, organizationName: "苏州示例药房");
        var ownerPage = await browser.NewPageAsync();
        await ownerPage.SignInAsync(owner);

        await ownerPage.GetByRole(AriaRole.Link, new() { Name = "成员管理", Exact = true }).ClickAsync();
        await ownerPage.GetByRole(AriaRole.Button, new() { Name = "邀请同事", Exact = true }).ClickAsync();
        var emailField = ownerPage.GetByLabel("同事的邮箱");
        await emailField.FillAsync("not-an-email");
        await ownerPage.GetByRole(AriaRole.Button, new() { Name = "发送邀请", Exact = true }).ClickAsync();
        await Assertions.Expect(ownerPage.GetByText("请输入有效的邮箱地址，例如 name@example.com。")).ToBeVisibleAsync();
        await emailField.FillAsync(colleague.Email);
        await ownerPage.GetByRole(AriaRole.Button, new() { Name = "发送邀请", Exact = true }).ClickAsync();
        await Assertions.Expect(ownerPage.GetByText($"已向 {colleague.Email} 发送邀请。")).ToBeVisibleAsync();
        await Assertions.Expect(ownerPage.GetByRole(AriaRole.Heading, new() { Name = "待接受的邀请" })).ToBeVisibleAsync();
        await ownerPage.ScreenshotWholeAsync(Path.Combine(BrowserFixture.ScreenshotDirectory, "applicant-members-zh-CN.png"));

        var colleaguePage = await browser.NewPageAsync();
        await colleaguePage.SignInAsync(colleague);
        await colleaguePage.GotoAsync(Mailbox.Link(browser.Portal.Mail.Last(colleague.Email), "/invitations/accept"));
        await colleaguePage.WaitForCircuitAsync();
        await colleaguePage.GetByRole(AriaRole.Button, new() { Name = "加入单位", Exact = true }).ClickAsync();
        await colleaguePage.WaitForURLAsync($"**/organizations/{owner.OrganizationId}/members");
        await colleaguePage.WaitForCircuitAsync();
        await Assertions.Expect(colleaguePage.GetByRole(AriaRole.Cell, new() { Name = colleague.Email })).ToBeVisibleAsync();

        // Member of two organizations now: the switcher lists both and goes back to the first.
        await colleaguePage.GetByRole(AriaRole.Button, new() { Name = "苏州示例医院" }).ClickAsync();
        await colleaguePage.GetByText("苏州示例药房", new() { Exact = true }).ClickAsync();
        await colleaguePage.WaitForCircuitAsync();
        await Assertions.Expect(colleaguePage.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("欢迎，苏州示例药房");

        await ownerPage.ReloadAsync();
        await ownerPage.WaitForCircuitAsync();
        await ownerPage.GetByRole(AriaRole.Row).Filter(new() { HasText = colleague.Email })
            .GetByRole(AriaRole.Button, new() { Name = "设为负责人" }).ClickAsync();
        await ownerPage.GetByRole(AriaRole.Button, new() { Name = "确认", Exact = true }).ClickAsync();
        await Assertions.Expect(ownerPage.GetByText("负责人已变更。")).ToBeVisibleAsync();
        await Assertions.Expect(ownerPage.GetByRole(AriaRole.Button, new() { Name = "邀请同事" })).ToHaveCountAsync(0);
    }
}
