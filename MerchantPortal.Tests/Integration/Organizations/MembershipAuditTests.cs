using System.Text.Json;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Audit;
using MerchantPortal.Features.Organizations;
using MerchantPortal.Infrastructure.Audit;
using MerchantPortal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Organizations;

public class MembershipAuditTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<string> InviteAsync(TestAccount owner, string email)
    {
        await factory.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<InvitationService>().InviteAsync(owner.Id, owner.OrganizationId!.Value,
                new InviteMemberInput { Email = email }, "en", token => $"{factory.Server.BaseAddress}invitations/accept?token={token}");
            return true;
        });
        return new Uri(Mailbox.Link(factory.Mail.Last(email), "/invitations/accept")).Query.Split("token=")[1];
    }

    private Task<bool> WithAsync<TService>(Func<TService, Task> action) where TService : notnull =>
        factory.WithServicesAsync(async sp =>
        {
            await action(sp.GetRequiredService<TService>());
            return true;
        });

    private async Task<List<AuditEntry>> TrailAsync(Guid organizationId)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.AuditEntries.Where(e => e.SubjectType == OrganizationService.AuditSubject && e.SubjectId == organizationId.ToString())
            .OrderBy(e => e.Id).ToListAsync();
    }

    [Fact]
    public async Task EveryMembershipChange_IsAudited_WithWhoDidWhatToWhom_ByUserId()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var colleague = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var organization = owner.OrganizationId!.Value;

        var token = await InviteAsync(owner, colleague.Email);
        await InviteAsync(owner, $"someone-{Guid.NewGuid():N}@example.test");
        Guid revoked;
        await using (var db = await factory.CreateDbContextAsync())
        {
            revoked = await db.Invitations.Where(i => i.OrganizationId == organization && i.Email != colleague.Email).Select(i => i.Id).SingleAsync();
        }

        await WithAsync<InvitationService>(s => s.RevokeAsync(owner.Id, organization, revoked));
        await WithAsync<InvitationService>(s => s.AcceptAsync(colleague.Id, token));
        await WithAsync<OrganizationService>(s => s.TransferOwnershipAsync(owner.Id, organization, colleague.Id));
        await WithAsync<OrganizationService>(s => s.RemoveMemberAsync(colleague.Id, organization, owner.Id));

        var trail = await TrailAsync(organization);
        Assert.Equal(["organization.create", "organization.invite", "organization.invite", "organization.invitation-revoke",
            "organization.invitation-accept", "organization.ownership-transfer", "organization.member-remove"], trail.Select(e => e.Action));
        Assert.Equal([owner.Id, owner.Id, owner.Id, owner.Id, colleague.Id, owner.Id, colleague.Id], trail.Select(e => e.ActorUserId));
        Assert.Equal(owner.Id, Detail(trail[0], "owner"));
        Assert.Equal(revoked.ToString(), Detail(trail[3], "invitation"));
        Assert.Equal((colleague.Id, owner.Id), (Detail(trail[4], "member"), Detail(trail[4], "invitedBy")));
        Assert.Equal((owner.Id, colleague.Id), (Detail(trail[5], "previousOwner"), Detail(trail[5], "newOwner")));
        Assert.Equal(owner.Id, Detail(trail[6], "member"));
        Assert.DoesNotContain(trail, e => e.Details.Contains('@'));
        Assert.True((await factory.Services.GetRequiredService<AuditTrail>().VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task ARefusedChange_LeavesNoEntry()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var organization = owner.OrganizationId!.Value;

        await Assert.ThrowsAsync<DomainException>(() => WithAsync<OrganizationService>(s => s.RemoveMemberAsync(owner.Id, organization, owner.Id)));

        Assert.Equal(["organization.create"], (await TrailAsync(organization)).Select(e => e.Action));
    }

    private static string? Detail(AuditEntry entry, string name) =>
        JsonDocument.Parse(entry.Details).RootElement.GetProperty(name).GetString();
}
