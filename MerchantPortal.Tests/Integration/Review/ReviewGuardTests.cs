using System.Net;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Organizations;
using MerchantPortal.Domain.Requirements;
using MerchantPortal.Features.Review;
using MerchantPortal.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Review;

/// <summary>The rules around a case that the pages never offer but the server must still refuse.</summary>
public class ReviewGuardTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<(TestAccount Owner, TestAccount Reviewer, Guid ApplicationId)> ClaimedAsync()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var id = await WizardSeed.SubmittedAsync(factory, owner);
        await ReviewSeed.ClaimAsync(factory, reviewer, id);
        return (owner, reviewer, id);
    }

    private async Task JoinAsync(TestAccount staff, TestAccount owner)
    {
        await using var db = await factory.CreateDbContextAsync();
        db.OrganizationMembers.Add(new OrganizationMember(owner.OrganizationId!.Value, staff.Id, MemberRole.Staff, DateTime.UtcNow));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task ACaseInReview_CannotBeTakenByAnotherReviewer()
    {
        var (_, _, id) = await ClaimedAsync();
        var colleague = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);

        var error = await Assert.ThrowsAsync<DomainException>(() => ReviewSeed.ClaimAsync(factory, colleague, id));

        Assert.Equal(DomainErrors.NotAssignee, error.Code);
    }

    [Fact]
    public async Task StaffWhoBelongToTheOrganization_NeitherSeeNorGetItsCase()
    {
        var (owner, reviewer, id) = await ClaimedAsync();
        var member = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        await JoinAsync(member, owner);

        var seen = await factory.WithServicesAsync(sp => sp.GetRequiredService<ReviewCaseService>().GetAsync(member.Id, id));
        var queue = await factory.WithServicesAsync(sp => sp.GetRequiredService<ReviewQueueService>().QueryAsync(member.Id, new ReviewQueueQuery { PageSize = 100 }));
        var assign = await Assert.ThrowsAsync<DomainException>(() => factory.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<ReviewAssignmentService>().AssignAsync(reviewer.Id, id, member.Id);
            return true;
        }));

        Assert.Null(seen);
        Assert.DoesNotContain(queue.Rows, r => r.ApplicationId == id);
        Assert.Equal(DomainErrors.OwnOrganization, assign.Code);
    }

    [Fact]
    public async Task TheOtherReason_NeedsAnExplanationForTheApplicant()
    {
        var (owner, reviewer, id) = await ClaimedAsync();
        var tax = (await ReviewSeed.DocumentsAsync(factory, owner, id)).Single(d => d.Kind == DocumentKind.TaxRegistration).Versions[0].Id;

        var error = await Assert.ThrowsAsync<DomainException>(() => ReviewSeed.DecideAsync(factory, reviewer, tax, new DocumentVerdict { ReasonCode = "Other" }));

        Assert.Equal(DomainErrors.ExplanationRequired, error.Code);
    }

    [Fact]
    public async Task Messages_AreLimitedInNumber_AndClosedOnceWithdrawn()
    {
        var (owner, _, id) = await ClaimedAsync();
        Task<string?> Send() => factory.WithServicesAsync(sp => sp.GetRequiredService<CaseMessageService>().SendAsync(owner.Id, id, "你好", []));
        for (var i = 0; i < CaseMessageService.MaxMessagesPerTenMinutes; i++)
        {
            Assert.Null(await Send());
        }

        var flooded = await Assert.ThrowsAsync<DomainException>(Send);
        await factory.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<Features.Onboarding.ApplicationService>().WithdrawAsync(owner.Id, id, null);
            return true;
        });
        factory.Clock.Advance(TimeSpan.FromMinutes(11));
        var closed = await Assert.ThrowsAsync<DomainException>(Send);

        Assert.Equal(DomainErrors.MessageRateLimited, flooded.Code);
        Assert.Equal(DomainErrors.ApplicationLocked, closed.Code);
    }

    [Fact]
    public async Task StaffSignedInWithoutASecondFactor_CannotDownloadDocuments()
    {
        var (owner, _, id) = await ClaimedAsync();
        var tax = (await ReviewSeed.DocumentsAsync(factory, owner, id)).Single(d => d.Kind == DocumentKind.TaxRegistration).Versions[0].Id;
        var passwordOnly = await factory.SignInAsync(await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: false));
        var applicant = await factory.SignInAsync(owner);

        using var refused = await passwordOnly.Http.GetAsync($"/api/documents/{tax}");
        using var served = await applicant.Http.GetAsync($"/api/documents/{tax}");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }
}
