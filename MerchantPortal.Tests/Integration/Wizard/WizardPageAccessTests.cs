using System.Net;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Features.Onboarding;
using MerchantPortal.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Wizard;

public class WizardPageAccessTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AnotherOrganizationsApplicant_Gets404_TheMemberGetsTheWizard()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant, organizationName: "合肥示例商店");
        await factory.WithServicesAsync(sp => sp.GetRequiredService<ApplicationService>().StartAsync(owner.Id, owner.OrganizationId!.Value));
        var stranger = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var url = $"/organizations/{owner.OrganizationId}/onboarding";

        var (denied, deniedPage) = await (await factory.SignInAsync(stranger)).GetAsync(url);
        var (allowed, allowedPage) = await (await factory.SignInAsync(owner)).GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, denied.StatusCode);
        Assert.DoesNotContain("合肥示例商店", deniedPage.Body!.TextContent);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Contains("合肥示例商店", allowedPage.Body!.TextContent);
        Assert.Contains("选择支付平台", allowedPage.Body!.TextContent);
    }
}
