using MerchantPortal.Domain.Accounts;
using MerchantPortal.Features.Users;
using MerchantPortal.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Users;

/// <summary>The link's lifetime is Users:InvitationHours on the portal's clock (a class of its own: it moves the clock).</summary>
public class InvitationExpiryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task TheLink_AfterInvitationHours_SaysItExpired_TheListSaysSo_AndAResentLinkWorks()
    {
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        var email = $"late-{Guid.NewGuid():N}@example.test";
        string AcceptUrl(string id, string token) => $"{factory.Server.BaseAddress}Account/AcceptInvitation?userId={id}&code={token}";
        var userId = await factory.WithServicesAsync(sp => sp.GetRequiredService<StaffInvitationService>().InviteAsync(admin.Id,
            new InviteStaffInput { Email = email, DisplayName = "迟到的审核员", Role = PortalRoles.Reviewer }, "zh-CN", AcceptUrl));
        string Link() => new Uri(Mailbox.Link(factory.Mail.Last(email), "/Account/AcceptInvitation")).PathAndQuery;
        var first = Link();

        factory.Clock.Advance(TimeSpan.FromHours(71));
        var (_, stillValid) = await factory.CreateFormClient().GetAsync(first);
        factory.Clock.Advance(TimeSpan.FromHours(1));
        var (_, expired) = await factory.CreateFormClient().GetAsync(first);

        Assert.NotEmpty(stillValid.Forms);
        Assert.Contains("此邀请链接已过期", expired.Body!.TextContent);
        Assert.Empty(expired.Forms);
        Assert.Equal(UserStatus.InvitationExpired, await StatusAsync(admin, email));

        await factory.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<StaffInvitationService>().ResendAsync(admin.Id, userId, AcceptUrl);
            return true;
        });

        Assert.Equal(UserStatus.Invited, await StatusAsync(admin, email));
        var (_, fresh) = await factory.CreateFormClient().GetAsync(Link());
        Assert.NotEmpty(fresh.Forms);
    }

    private Task<UserStatus> StatusAsync(TestAccount admin, string email) =>
        factory.WithServicesAsync(async sp =>
            (await sp.GetRequiredService<UserDirectoryService>().SearchAsync(admin.Id, new UserListQuery { Search = email })).Rows.Single().Status);
}
