using MerchantPortal.Domain;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Features.Users;
using MerchantPortal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Users;

/// <summary>Inviting staff: an account without a password, an emailed link that works once, then the authenticator at the first sign-in.</summary>
public class StaffInvitationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static string NewEmail() => $"staff-{Guid.NewGuid():N}@example.test";

    private Task<string> InviteAsync(TestAccount admin, string email, string role = PortalRoles.Reviewer, string culture = "zh-CN") =>
        factory.WithServicesAsync(sp => sp.GetRequiredService<StaffInvitationService>().InviteAsync(admin.Id,
            new InviteStaffInput { Email = email, DisplayName = "王芳", Role = role }, culture,
            (id, token) => $"{factory.Server.BaseAddress}Account/AcceptInvitation?userId={id}&code={token}"));

    private string LinkTo(string email) => new Uri(Mailbox.Link(factory.Mail.Last(email), "/Account/AcceptInvitation")).PathAndQuery;

    private Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Page)> AcceptAsync(string link) =>
        factory.CreateFormClient().SubmitAsync(link, "accept-staff-invitation", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "王芳",
            ["Input.Password"] = TestAccounts.Password,
            ["Input.ConfirmPassword"] = TestAccounts.Password,
        });

    [Fact]
    public async Task Invite_EmailsALink_TheInviteeSetsAPassword_ThenMustEnrolAnAuthenticator()
    {
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        var email = NewEmail();

        var userId = await InviteAsync(admin, email, PortalRoles.Admin, culture: "en");

        var message = factory.Mail.Last(email);
        Assert.Equal("You are invited to MerchantPortal as Admin", message.Subject);
        var (_, form) = await factory.CreateFormClient().GetAsync(LinkTo(email));
        Assert.Contains(email, form.QuerySelector("#invitee-email")!.GetAttribute("value"));

        var (_, done) = await AcceptAsync(LinkTo(email));

        Assert.Contains("密码已设置", done.Body!.TextContent);
        var client = await factory.SignInAsync(new TestAccount(userId, email, TestAccounts.Password, PortalRoles.Admin, null, null, null));
        var (response, _) = await client.GetAsync("/admin/users");
        Assert.Equal("/Account/Manage/EnableAuthenticator", response.RequestMessage!.RequestUri!.AbsolutePath);
        await using var db = await factory.CreateDbContextAsync();
        var actions = await db.AuditEntries.Where(e => e.SubjectId == userId).OrderBy(e => e.Id).Select(e => new { e.Action, e.ActorUserId }).ToListAsync();
        Assert.Equal(new { Action = "user.invite", ActorUserId = (string?)admin.Id }, actions[0]);
        Assert.Equal(new { Action = "user.invitation-accept", ActorUserId = (string?)userId }, actions[1]);
        Assert.DoesNotContain(await db.AuditEntries.Where(e => e.SubjectId == userId).Select(e => e.Details).ToListAsync(), d => d.Contains(TestAccounts.Password));
    }

    [Fact]
    public async Task TheLink_WorksOnce_ThenSaysTheInvitationWasAccepted()
    {
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        var email = NewEmail();
        await InviteAsync(admin, email);
        var link = LinkTo(email);
        await AcceptAsync(link);

        var (_, again) = await factory.CreateFormClient().GetAsync(link);

        Assert.Contains("此邀请已被接受", again.Body!.TextContent);
        Assert.Empty(again.Forms);
    }

    [Fact]
    public async Task ATamperedLink_SaysItIsNotValid()
    {
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        var email = NewEmail();
        await InviteAsync(admin, email);

        var (_, page) = await factory.CreateFormClient().GetAsync(LinkTo(email)[..^4] + "AAAA");

        Assert.Contains("此邀请链接无效", page.Body!.TextContent);
    }

    [Fact]
    public async Task Resend_MakesTheOlderLinkInvalid_AndTheNewOneWorks()
    {
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        var email = NewEmail();
        var userId = await InviteAsync(admin, email);
        var first = LinkTo(email);

        await factory.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<StaffInvitationService>().ResendAsync(admin.Id, userId,
                (id, token) => $"{factory.Server.BaseAddress}Account/AcceptInvitation?userId={id}&code={token}");
            return true;
        });

        // Both emails carry the portal clock's time, which stood still: the new one is the one with the other link.
        var links = factory.Mail.To(email).Select(m => new Uri(Mailbox.Link(m, "/Account/AcceptInvitation")).PathAndQuery).ToList();
        Assert.Equal(2, links.Count);
        var (_, old) = await factory.CreateFormClient().GetAsync(first);
        Assert.Contains("此邀请链接无效", old.Body!.TextContent);
        var (_, done) = await AcceptAsync(links.Single(l => l != first));
        Assert.Contains("密码已设置", done.Body!.TextContent);
        await using var db = await factory.CreateDbContextAsync();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "user.invitation-resend" && e.SubjectId == userId && e.ActorUserId == admin.Id));
    }

    [Fact]
    public async Task Invite_AnAddressWithAnAccount_IsRefused_AndAnInviteeCannotSignInBeforeAccepting()
    {
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        var applicant = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var email = NewEmail();
        await InviteAsync(admin, email);

        var taken = await Assert.ThrowsAsync<DomainException>(() => InviteAsync(admin, applicant.Email.ToUpperInvariant()));
        var (_, signIn) = await factory.CreateFormClient().SubmitAsync("/Account/Login", "login",
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = TestAccounts.Password });
        await factory.CreateFormClient().SubmitAsync("/Account/ResendEmailConfirmation", "resend-email-confirmation",
            new Dictionary<string, string> { ["Input.Email"] = email });

        Assert.Equal(DomainErrors.AccountExists, taken.Code);
        Assert.Contains("邮箱或密码不正确", signIn.Body!.TextContent);
        Assert.Single(factory.Mail.To(email));
    }
}
