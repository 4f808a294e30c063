using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Requirements;
using MerchantPortal.Features.Catalogue;
using MerchantPortal.Features.Documents;
using MerchantPortal.Features.Onboarding.Wizard;
using MerchantPortal.Features.Requirements;
using MerchantPortal.Features.Review;
using MerchantPortal.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Catalogue;

/// <summary>Issue 12's "done when": a new WeChat Pay document is due for a new applicant, not for one already submitted.</summary>
public class CatalogueRuleVersionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    // Online only: the storefront photo is not due for WeChat Pay until the admin's new rule asks for it everywhere.
    private static PlatformsStepInput WeChatPayOnline() => new() { PlatformCodes = ["wechatpay"], Online = true };

    private Task<IReadOnlyList<DocumentKind>> ListedAsync(TestAccount owner, Guid applicationId) =>
        factory.WithServicesAsync(async sp => (IReadOnlyList<DocumentKind>)[.. (await sp.GetRequiredService<DocumentService>().ListAsync(owner.Id, applicationId)).Select(r => r.Kind)]);

    [Fact]
    public async Task ANewWeChatPayDocument_IsDueForANewApplicant_NotForOneAlreadySubmitted_AndTheCaseNamesTheVersion()
    {
        var earlier = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var submitted = await WizardSeed.SubmittedAsync(factory, earlier, WeChatPayOnline());
        Assert.DoesNotContain(DocumentKind.StorefrontPhoto, await ListedAsync(earlier, submitted));
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);

        var (before, published) = await factory.WithServicesAsync(async sp =>
        {
            var rules = sp.GetRequiredService<RuleSetService>();
            var set = await rules.CurrentAsync(admin.Id);
            set.Rules.Add(new RequirementRuleInput { Document = DocumentKind.StorefrontPhoto, PlatformCodes = ["wechatpay"] });
            return (set.BasedOnVersion, await rules.PublishAsync(admin.Id, set));
        });

        Assert.Equal(before + 1, published);
        var later = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var draft = await WizardSeed.ThroughEnterpriseAsync(factory, later, WeChatPayOnline());
        var requirements = factory.Services.CreateScope().ServiceProvider.GetRequiredService<RequirementsService>();
        Assert.Contains(DocumentKind.StorefrontPhoto, await requirements.DueAsync(draft));
        Assert.Contains(DocumentKind.StorefrontPhoto, await ListedAsync(later, draft));
        Assert.DoesNotContain(DocumentKind.StorefrontPhoto, await requirements.DueAsync(submitted));
        Assert.DoesNotContain(DocumentKind.StorefrontPhoto, await ListedAsync(earlier, submitted));

        // The new applicant submits under the new version; the earlier one's case still names the older one.
        await WizardSeed.IdentityAsync(factory, later, draft);
        await WizardSeed.DocumentsAsync(factory, later, draft);
        await WizardSeed.VerifiedAccountAsync(factory, later, draft);
        await factory.WithServicesAsync(sp => sp.GetRequiredService<SubmissionService>().SubmitAsync(later.Id, draft, declarationAccepted: true));
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var (earlierCase, laterCase) = await factory.WithServicesAsync(async sp =>
        {
            var cases = sp.GetRequiredService<ReviewCaseService>();
            return (await cases.GetAsync(reviewer.Id, submitted), await cases.GetAsync(reviewer.Id, draft));
        });
        Assert.Equal(before, earlierCase!.Rules!.Number);
        Assert.DoesNotContain(earlierCase.Documents, d => d.Kind == DocumentKind.StorefrontPhoto);
        Assert.Equal(published, laterCase!.Rules!.Number);
        Assert.Contains(laterCase.Documents, d => d.Kind == DocumentKind.StorefrontPhoto);

        var (_, casePage) = await (await factory.SignInAsync(reviewer)).GetAsync($"/review/cases/{submitted}");
        Assert.StartsWith($"规则版本 v{before}（", casePage.QuerySelector("[data-testid=case-rules-version]")!.TextContent.Trim());
    }

    [Fact]
    public async Task AResubmission_KeepsTheVersionOfTheFirstSubmission()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var id = await WizardSeed.ThroughEnterpriseAsync(factory, owner, WeChatPayOnline());
        var requirements = factory.Services.CreateScope().ServiceProvider.GetRequiredService<RequirementsService>();
        var first = await requirements.EvaluateAsync(id);
        await requirements.SnapshotAsync(id);

        var newer = await requirements.PublishAsync([.. await requirements.CurrentRulesAsync(), new RequirementRule(DocumentKind.InteriorPhoto, platformCodes: ["wechatpay"])]);
        await requirements.SnapshotAsync(id);

        var frozen = await requirements.EvaluateAsync(id);
        Assert.Equal(first.Version, frozen.Version);
        Assert.NotEqual(newer, frozen.Version);
        Assert.Equal(first.Documents, frozen.Documents);
    }
}
