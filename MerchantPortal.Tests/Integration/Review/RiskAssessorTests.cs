using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Review;
using MerchantPortal.Features.Onboarding;
using MerchantPortal.Features.Review;
using MerchantPortal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Review;

/// <summary>The facts the checks need, gathered from the database: each fires on its crafted case and stays quiet on a clean one.</summary>
public class RiskAssessorTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<IReadOnlyList<RiskFinding>> EvaluateAsync(Guid applicationId)
    {
        await using var db = await factory.CreateDbContextAsync();
        var application = await db.Applications.SingleAsync(a => a.Id == applicationId);
        var profile = await db.ApplicationProfiles.SingleAsync(p => p.ApplicationId == applicationId);
        return await factory.WithServicesAsync(sp => sp.GetRequiredService<RiskAssessor>().EvaluateAsync(db, application, profile));
    }

    private async Task<(TestAccount Owner, Guid Id)> SubmittedAsync()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        return (owner, await WizardSeed.SubmittedAsync(factory, owner));
    }

    private async Task SetAsync(Guid applicationId, string column, string value)
    {
        await using var db = await factory.CreateDbContextAsync();
        // The column name is one of this test's own constants, never input.
#pragma warning disable EF1002
        await db.Database.ExecuteSqlRawAsync($"UPDATE \"ApplicationProfiles\" SET \"{column}\" = {{0}} WHERE \"ApplicationId\" = {{1}}", value, applicationId);
#pragma warning restore EF1002
    }

    private async Task<string> ValueAsync(Guid applicationId, Func<Domain.Onboarding.EnterpriseDetails, string> read)
    {
        await using var db = await factory.CreateDbContextAsync();
        return read((await db.ApplicationProfiles.AsNoTracking().SingleAsync(p => p.ApplicationId == applicationId)).Enterprise!);
    }

    [Fact]
    public async Task ACleanSubmission_HasNoFindings()
    {
        var (_, id) = await SubmittedAsync();

        Assert.Empty(await EvaluateAsync(id));
    }

    [Fact]
    public async Task ACreditCodeFromAnotherOrganizationsWithdrawnApplication_Fires_WithItsNameAndState()
    {
        var (_, id) = await SubmittedAsync();
        var other = await factory.CreateAccountAsync(PortalRoles.Applicant, organizationName: "曾撤回的单位");
        var otherId = await WizardSeed.ThroughEnterpriseAsync(factory, other);
        await factory.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<ApplicationService>().WithdrawAsync(other.Id, otherId, "不做了");
            return true;
        });
        await SetAsync(otherId, "Enterprise_CreditCode", await ValueAsync(id, e => e.CreditCode));

        var finding = Assert.Single(await EvaluateAsync(id));

        Assert.Equal(RiskCheck.CreditCodeClosedElsewhere, finding.Check);
        Assert.Equal(new RiskEvidence("曾撤回的单位", "Withdrawn"), Assert.Single(finding.Evidence));
    }

    [Fact]
    public async Task AContactMobileOfAnUnrelatedOrganization_Fires_ButNotOneOfTheSameOwner()
    {
        var (owner, id) = await SubmittedAsync();
        var mobile = await ValueAsync(id, e => e.ContactMobile);
        var stranger = await factory.CreateAccountAsync(PortalRoles.Applicant, organizationName: "无关单位");
        var strangerId = await WizardSeed.ThroughEnterpriseAsync(factory, stranger);
        // The same owner's second organization (a group's other company) shares the mobile too: that is not a finding.
        var sister = await factory.WithServicesAsync(sp => sp.GetRequiredService<Features.Organizations.OrganizationService>().CreateAsync(owner.Id, "同一负责人的另一单位"));
        var sisterOwner = owner with { OrganizationId = sister.Id };
        var sisterId = await WizardSeed.ThroughEnterpriseAsync(factory, sisterOwner);
        await SetAsync(sisterId, "Enterprise_ContactMobile", mobile);
        var quiet = await EvaluateAsync(id);
        await SetAsync(strangerId, "Enterprise_ContactMobile", mobile);

        var finding = Assert.Single(await EvaluateAsync(id));

        Assert.Empty(quiet);
        Assert.Equal(RiskCheck.ContactMobileShared, finding.Check);
        Assert.Equal(new RiskEvidence("无关单位"), Assert.Single(finding.Evidence));
    }

    [Fact]
    public async Task RunningTheChecksAgain_SeesWhatOthersDidSinceTheSubmission()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var license = DocumentCorpus.UniquePdf();
        var id = await WizardSeed.SubmittedAsync(factory, owner, files: new Dictionary<Domain.Requirements.DocumentKind, byte[]> { [Domain.Requirements.DocumentKind.BusinessLicense] = license });
        // After the submission, another organization uploads the very same license.
        await RiskSeed.UploadedElsewhereAsync(factory, Domain.Requirements.DocumentKind.BusinessLicense, license);

        await factory.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<CaseDecisionService>().ReassessAsync(reviewer.Id, id);
            return true;
        });

        await using var db = await factory.CreateDbContextAsync();
        var runs = await db.RiskAssessments.AsNoTracking().Where(r => r.ApplicationId == id).OrderBy(r => r.Id).ToListAsync();
        Assert.Equal([(RiskOccasion.Submission, Domain.Onboarding.RiskLevel.Low), (RiskOccasion.OnRequest, Domain.Onboarding.RiskLevel.High)],
            runs.Select(r => (r.Occasion, r.Level)));
        Assert.Equal(Domain.Onboarding.RiskLevel.High, (await db.Applications.SingleAsync(a => a.Id == id)).Risk);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.SubjectId == id.ToString() && e.Action == "review.reassess" && e.ActorUserId == reviewer.Id));
    }
}
