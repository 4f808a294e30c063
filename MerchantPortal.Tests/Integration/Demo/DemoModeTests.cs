using System.Text.RegularExpressions;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Features.Demo;
using MerchantPortal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Demo;

public partial class DemoModeTests
{
    [Fact]
    public async Task EveryPrintedAccount_SignsIn_AndLandsOnItsOwnHome()
    {
        await using var portal = new PortalFactory();
        await portal.WithServicesAsync(sp => sp.GetRequiredService<DemoSeeder>().SeedAsync());

        var printed = Printed(portal.ConsoleOutput.ToString());
        Assert.Equal(10, printed.Count);
        Assert.Equal([PortalRoles.Admin, PortalRoles.Applicant, PortalRoles.Reviewer], printed.Select(p => p.Role).Distinct().Order());
        foreach (var account in printed)
        {
            var client = await portal.SignInAsync(account);
            var (response, page) = await client.GetAsync("/");
            var expected = account.Role switch { PortalRoles.Admin => "/admin", PortalRoles.Reviewer => "/review", _ => "/" };
            Assert.Equal(expected, response.RequestMessage!.RequestUri!.AbsolutePath);
            if (account.Role == PortalRoles.Applicant)
            {
                Assert.Contains("欢迎，", page.QuerySelector("h1")!.TextContent);
                Assert.NotNull(page.QuerySelector("[data-testid=application-state]"));
            }
        }

        await using var db = await portal.CreateDbContextAsync();
        var states = await db.Applications.Where(a => a.IsDemo).Select(a => a.State).ToListAsync();
        Assert.Equal(new[] { ApplicationState.EnteringEnterprise, ApplicationState.Submitted, ApplicationState.InReview, ApplicationState.PendingConfirmation, ApplicationState.Approved, ApplicationState.Rejected, ApplicationState.Withdrawn }.Order(), states.Order());
        // The sole proprietor settling to someone else's account is the high-risk case waiting for a second reviewer.
        var pending = await db.Applications.SingleAsync(a => a.State == ApplicationState.PendingConfirmation);
        Assert.Equal(RiskLevel.High, pending.Risk);
        var assessment = await db.RiskAssessments.Where(r => r.ApplicationId == pending.Id).OrderBy(r => r.Id).LastAsync();
        // The demo's stand-in scans differ per organization: no "same file" finding among them.
        Assert.Equal(Domain.Review.RiskCheck.AccountHolderIsNotLegalRepresentative, Assert.Single(assessment.Findings).Check);
        // The demo cases are real ones: submitted with their listing and SLA; for the dashboard, one was approved and one rejected for an expired document.
        Assert.Equal(5, await db.Applications.CountAsync(a => a.IsDemo && a.SlaDueAtUtc != null && a.Listing != null));
        Assert.Equal("Expired", await db.DocumentDecisions.Where(d => !d.Approved).Select(d => d.ReasonCode).SingleAsync());
        Assert.All(await db.Organizations.ToListAsync(), o => Assert.True(o.IsDemo));
    }

    [Fact]
    public async Task SeedingAgain_PrintsFreshPasswordsThatWork_AndDuplicatesNothing()
    {
        await using var portal = new PortalFactory();
        await portal.WithServicesAsync(sp => sp.GetRequiredService<DemoSeeder>().SeedAsync());
        var first = Printed(portal.ConsoleOutput.ToString());
        portal.ConsoleOutput.GetStringBuilder().Clear();

        await portal.WithServicesAsync(sp => sp.GetRequiredService<DemoSeeder>().SeedAsync());
        var second = Printed(portal.ConsoleOutput.ToString());

        Assert.All(second, a => Assert.DoesNotContain(first, f => f.Email == a.Email && f.Password == a.Password));
        Assert.Equal(first.Select(a => a.AuthenticatorKey), second.Select(a => a.AuthenticatorKey));
        await portal.SignInAsync(second.First(a => a.Role == PortalRoles.Admin));
        await using var db = await portal.CreateDbContextAsync();
        Assert.Equal(6, await db.Organizations.CountAsync());
    }

    [Fact]
    public async Task WithoutTheSwitch_NoDemoDataExists()
    {
        await using var portal = new PortalFactory();
        portal.CreateClient();

        await using var db = await portal.CreateDbContextAsync();
        Assert.False(await db.Users.AnyAsync(u => u.IsDemo));
        Assert.False(await db.Organizations.AnyAsync(o => o.IsDemo));
        Assert.DoesNotContain("Demo mode", portal.ConsoleOutput.ToString());
    }

    private static List<TestAccount> Printed(string output) =>
        [.. DemoLine().Matches(output).Select(m => new TestAccount("", m.Groups["email"].Value, m.Groups["password"].Value, m.Groups["role"].Value,
            m.Groups["totp"].Success ? m.Groups["totp"].Value : null, null, null))];

    [GeneratedRegex(@"^\s+(?<role>Admin|Reviewer|Applicant)\s+(?<email>\S+@\S+)\s+(?<password>\S+)\s+(TOTP (?<totp>[A-Z2-7]+))?", RegexOptions.Multiline)]
    private static partial Regex DemoLine();
}
