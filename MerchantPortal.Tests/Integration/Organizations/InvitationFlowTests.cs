using MerchantPortal.Domain;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Organizations;
using MerchantPortal.Features.Organizations;
using MerchantPortal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Organizations;

public class InvitationFlowTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory factory;

    public InvitationFlowTests(PortalFactory factory) => this.factory = factory;

    private Task InviteAsync(TestAccount owner, string email, string culture = "en") =>
        factory.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<InvitationService>().InviteAsync(owner.Id, owner.OrganizationId!.Value,
                new InviteMemberInput { Email = email }, culture, token => $"{factory.Server.BaseAddress}invitations/accept?token={token}");
            return true;
        });

    /// <summary>Invites <paramref name="email"/> and returns the token from the link in the email it received.</summary>
    private async Task<string> InviteAndReadTokenAsync(TestAccount owner, string email, string culture = "en")
    {
        await InviteAsync(owner, email, culture);
        return new Uri(Mailbox.Link(factory.Mail.Last(email), "/invitations/accept")).Query.Split("token=")[1];
    }

    [Fact]
    public async Task InvitedColleague_RegistersFromTheLink_JoinsAsStaff_AndIsSignedIn()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var email = $"colleague-{Guid.NewGuid():N}@example.test";
        await InviteAsync(owner, email);

        var invitation = factory.Mail.Last(email);
        Assert.Equal($"You are invited to join {owner.OrganizationName} on MerchantPortal", invitation.Subject);
        var token = new Uri(Mailbox.Link(invitation, "/invitations/accept")).Query.Split("token=")[1];

        var client = factory.CreateFormClient();
        var (response, page) = await client.SubmitAsync($"/Account/Register?invitation={token}", "register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "李娜",
            ["Input.Email"] = email,
            ["Input.Password"] = TestAccounts.Password,
            ["Input.ConfirmPassword"] = TestAccounts.Password,
        });

        Assert.Equal("/", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains(owner.OrganizationName!, page.Body!.TextContent);
        await using var db = await factory.CreateDbContextAsync();
        var organization = await db.Organizations.SingleAsync(o => o.Id == owner.OrganizationId);
        Assert.Equal(2, organization.Members.Count);
        Assert.Equal(owner.Id, organization.OwnerUserId);
    }

    [Fact]
    public async Task InvitationLink_ForAnotherAddress_IsRefused_AndCreatesNoAccount()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var email = $"colleague-{Guid.NewGuid():N}@example.test";
        var token = await InviteAndReadTokenAsync(owner, email, "zh-CN");
        var intruder = $"intruder-{Guid.NewGuid():N}@example.test";

        var (_, page) = await factory.CreateFormClient().SubmitAsync($"/Account/Register?invitation={token}", "register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "冒名者",
            ["Input.Email"] = intruder,
            ["Input.Password"] = TestAccounts.Password,
            ["Input.ConfirmPassword"] = TestAccounts.Password,
        });

        Assert.Contains("该邀请发送给了其他邮箱地址", page.Body!.TextContent);
        await using var db = await factory.CreateDbContextAsync();
        Assert.False(await db.Users.AnyAsync(u => u.Email == intruder));
    }

    [Fact]
    public async Task Invitation_ExpiresAfterSevenDays()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var colleague = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var token = await InviteAndReadTokenAsync(owner, colleague.Email);

        // The clock only moves forward; the other tests in this class create their invitations after this one.
        factory.Clock.Advance(Invitation.Lifetime + TimeSpan.FromMinutes(1));

        var error = await Assert.ThrowsAsync<DomainException>(() => factory.WithServicesAsync(sp =>
            sp.GetRequiredService<InvitationService>().AcceptAsync(colleague.Id, token)));
        Assert.Equal(DomainErrors.InvitationInvalid, error.Code);
    }

    [Fact]
    public async Task OwnerTransfersOwnership_ThenTheFormerOwnerCannotRemoveMembers()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var colleague = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var token = await InviteAndReadTokenAsync(owner, colleague.Email);
        var organizationId = owner.OrganizationId!.Value;

        await factory.WithServicesAsync(async sp =>
        {
            var organizations = sp.GetRequiredService<OrganizationService>();
            await sp.GetRequiredService<InvitationService>().AcceptAsync(colleague.Id, token);
            await organizations.TransferOwnershipAsync(owner.Id, organizationId, colleague.Id);
            var error = await Assert.ThrowsAsync<DomainException>(() => organizations.RemoveMemberAsync(owner.Id, organizationId, colleague.Id));
            Assert.Equal(DomainErrors.OwnerOnly, error.Code);
            var members = await organizations.GetMembersAsync(colleague.Id, organizationId);
            Assert.True(members!.ViewerIsOwner);
            Assert.Single(members.Members, m => m.Role == MemberRole.Owner);
            return true;
        });
    }
}
