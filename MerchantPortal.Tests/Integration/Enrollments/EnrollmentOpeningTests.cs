using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Enrollments;
using MerchantPortal.Domain.Review;
using MerchantPortal.Features.Onboarding;
using MerchantPortal.Features.Onboarding.Wizard;
using MerchantPortal.Features.Review;
using MerchantPortal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Enrollments;

public class EnrollmentOpeningTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Submitting_OpensASandboxEnrollmentPerChosenPlatform_OnceOnly()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var id = await WizardSeed.SubmittedAsync(factory, owner, new PlatformsStepInput { PlatformCodes = ["alipay", "wechatpay"], InStore = true });
        await ReviewSeed.ClaimAsync(factory, reviewer, id);
        await factory.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<CaseDecisionService>().RequestChangesAsync(reviewer.Id, id, [ReviewField.ContactEmail], [], "请更新邮箱");
            return await sp.GetRequiredService<SubmissionService>().SubmitAsync(owner.Id, id, declarationAccepted: true);
        });

        await using var db = await factory.CreateDbContextAsync();
        var enrollments = await db.Enrollments.Include(e => e.History).Where(e => e.ApplicationId == id).OrderBy(e => e.PlatformCode).ToListAsync();
        var overview = await factory.WithServicesAsync(sp => sp.GetRequiredService<ApplicationService>().GetOverviewAsync(owner.Id, owner.OrganizationId!.Value));

        Assert.Equal([("alipay", EnrollmentState.Sandbox), ("wechatpay", EnrollmentState.Sandbox)], enrollments.Select(e => (e.PlatformCode, e.State)));
        Assert.All(enrollments, e => Assert.Equal(owner.Id, Assert.Single(e.History).ActorUserId));
        Assert.Equal(["alipay", "wechatpay"], overview!.Enrollments.Select(e => e.PlatformCode));
    }
}
