using System.Net;
using System.Text;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MerchantPortal.Tests.Integration.Organizations;

public class OrganizationIsolationTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory factory;

    public OrganizationIsolationTests(PortalFactory factory) => this.factory = factory;

    [Fact]
    public async Task ApplicantOpeningAnotherOrganizationsMembers_Gets404()
    {
        var mine = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var theirs = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var client = await factory.SignInAsync(mine);

        var (own, ownPage) = await client.GetAsync($"/organizations/{mine.OrganizationId}/members");
        var (other, otherPage) = await client.GetAsync($"/organizations/{theirs.OrganizationId}/members");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains(mine.Email, ownPage.Body!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.DoesNotContain(theirs.Email, otherPage.Body!.TextContent);
        Assert.DoesNotContain(theirs.OrganizationName!, otherPage.Body!.TextContent);
    }

    [Fact]
    public async Task MembersCsv_AnswersWithStatusCodes_NeverARedirect()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var stranger = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var url = $"/api/organizations/{owner.OrganizationId}/members.csv";

        var anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.SignInAsync(reviewer)).Http.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.SignInAsync(stranger)).Http.GetAsync(url)).StatusCode);

        var response = await (await factory.SignInAsync(owner)).Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var csv = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("姓名,邮箱,角色,加入时间", csv);
        Assert.Contains(owner.Email, csv);
        Assert.Contains("负责人", csv);
    }
}
