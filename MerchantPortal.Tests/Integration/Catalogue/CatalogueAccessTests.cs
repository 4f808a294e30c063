using MerchantPortal.Domain;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Requirements;
using MerchantPortal.Features.Catalogue;
using MerchantPortal.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Catalogue;

/// <summary>The catalogue is for admins: the page refuses everyone else while prerendering, and the services refuse them again.</summary>
public class CatalogueAccessTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData(PortalRoles.Applicant)]
    [InlineData(PortalRoles.Reviewer)]
    public async Task ANonAdmin_IsDeniedThePage(string role)
    {
        var account = await factory.CreateAccountAsync(role, withAuthenticator: role != PortalRoles.Applicant);

        var (response, page) = await (await factory.SignInAsync(account)).GetAsync("/admin/catalogue");

        Assert.Equal("/Account/AccessDenied", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.DoesNotContain("平台目录", page.QuerySelector("h1")?.TextContent ?? "");
    }

    [Fact]
    public async Task AnAdmin_OpensIt_AndSeesThePlatformsAndTheVersionHistory()
    {
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);

        var (_, page) = await (await factory.SignInAsync(admin)).GetAsync("/admin/catalogue");

        Assert.Equal("平台目录", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("微信支付", page.QuerySelector("[data-testid=catalogue-platforms]")!.TextContent);
        Assert.Contains("系统默认", page.QuerySelector("[data-testid=rule-versions]")!.TextContent);
    }

    [Fact]
    public async Task AReviewer_CannotChangeTheCatalogue_NorReadItsEditor()
    {
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);

        var refusals = await factory.WithServicesAsync(async sp =>
        {
            var platforms = sp.GetRequiredService<CatalogueService>();
            var rules = sp.GetRequiredService<RuleSetService>();
            return (IReadOnlyList<DomainException>)
            [
                await Assert.ThrowsAsync<DomainException>(() => platforms.SetAvailableAsync(reviewer.Id, "wechatpay", false)),
                await Assert.ThrowsAsync<DomainException>(() => platforms.ListAsync(reviewer.Id)),
                await Assert.ThrowsAsync<DomainException>(() => rules.CurrentAsync(reviewer.Id)),
                await Assert.ThrowsAsync<DomainException>(() => rules.HistoryAsync(reviewer.Id)),
                await Assert.ThrowsAsync<DomainException>(() => rules.PublishAsync(reviewer.Id,
                    new RuleSetInput { Rules = [new RequirementRuleInput { Document = DocumentKind.TaxRegistration }] })),
            ];
        });

        Assert.All(refusals, r => Assert.Equal(DomainErrors.NotAdmin, r.Code));
        var platforms = await factory.WithServicesAsync(sp => sp.GetRequiredService<PlatformCatalogue>().ListAsync());
        Assert.True(platforms.Single(p => p.Code == "wechatpay").IsAvailable);
    }

    [Fact]
    public async Task Anonymous_IsSentToSignIn()
    {
        var (response, _) = await factory.CreateFormClient().GetAsync("/admin/catalogue");

        Assert.Equal("/Account/Login", response.RequestMessage!.RequestUri!.AbsolutePath);
    }
}
