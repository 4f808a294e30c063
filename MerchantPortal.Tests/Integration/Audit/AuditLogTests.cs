using System.Net;
using System.Text;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Features.Audit;
using MerchantPortal.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Audit;

public class AuditLogTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<AuditLogResult> QueryAsync(TestAccount staff, AuditLogQuery query) =>
        factory.WithServicesAsync(sp => sp.GetRequiredService<AuditLogService>().QueryAsync(staff.Id, query));

    [Fact]
    public async Task EveryMoveOfAnApplication_IsInTheTrail_FromStartToClaim()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var id = await WizardSeed.SubmittedAsync(factory, owner);
        await ReviewSeed.ClaimAsync(factory, reviewer, id);

        var entries = (await QueryAsync(reviewer, new AuditLogQuery { SubjectId = id.ToString() })).Rows.Reverse().ToList();

        // Step 4 was saved before step 3 in this seed: completing step 3 moves the machine twice, in one entry.
        Assert.Equal(["application.start", "application.step", "application.step", "application.step", "application.submit", "review.claim"],
            entries.Select(e => e.Action));
        Assert.Contains("\"moves\":[\"CompleteDocuments\",\"CompleteIdentity\"]", entries[3].Details);
        Assert.All(entries.SkipLast(1), e => Assert.Equal(owner.Id, e.ActorUserId));
        Assert.Contains("\"risk\":\"Low\"", entries[^2].Details);
    }

    [Fact]
    public async Task Filters_ByActionFamily_AndByActor()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var id = await WizardSeed.SubmittedAsync(factory, owner);
        await ReviewSeed.ClaimAsync(factory, reviewer, id);

        var reviewActions = await QueryAsync(reviewer, new AuditLogQuery { Action = "review.", ActorEmail = reviewer.Email });
        var nobody = await QueryAsync(reviewer, new AuditLogQuery { ActorEmail = "nobody@example.test" });

        var claim = Assert.Single(reviewActions.Rows);
        Assert.Equal(("review.claim", id.ToString()), (claim.Action, claim.SubjectId));
        Assert.Equal(reviewer.Email, claim.ActorEmail);
        Assert.Equal(0, nobody.Total);
    }

    [Fact]
    public async Task StaffWhoBelongToTheOrganization_DoNotSeeItsCasesTrail()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var insider = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var id = await WizardSeed.SubmittedAsync(factory, owner);
        await ReviewSeed.ClaimAsync(factory, reviewer, id);
        var document = (await ReviewSeed.DocumentsAsync(factory, owner, id))[0].Versions[0].Id;
        await ReviewSeed.DecideAsync(factory, reviewer, document, new Features.Review.DocumentVerdict { Approved = true });
        await ReviewSeed.JoinOrganizationAsync(factory, insider, owner);

        var seenByReviewer = await QueryAsync(reviewer, new AuditLogQuery { SubjectId = id.ToString() });
        var seenByInsider = await QueryAsync(insider, new AuditLogQuery { SubjectId = id.ToString() });
        var documentByInsider = await QueryAsync(insider, new AuditLogQuery { SubjectId = document.ToString() });

        Assert.NotEqual(0, seenByReviewer.Total);
        Assert.Equal((0, 0), (seenByInsider.Total, documentByInsider.Total));
    }

    [Fact]
    public async Task Applicants_CannotReadTheTrail()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);

        var error = await Assert.ThrowsAsync<DomainException>(() => QueryAsync(owner, new AuditLogQuery()));

        Assert.Equal(DomainErrors.NotStaff, error.Code);
    }

    [Fact]
    public async Task TheCsvExport_IsForStaff_WithABom_AndTheChainColumns()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var id = await WizardSeed.SubmittedAsync(factory, owner);
        var url = $"{AuditCsvEndpoint.Path}?subject={id}";

        var anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.SignInAsync(owner)).Http.GetAsync(url)).StatusCode);
        var response = await (await factory.SignInAsync(reviewer)).Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("序号,时间（北京时间）,操作人,操作,对象类型,对象,详情,哈希,前一条哈希", lines[0]);
        Assert.Equal(6, lines.Length);
        Assert.Contains(",application.start,Application," + id, lines[1]);
        Assert.Contains(owner.Email, lines[1]);
        Assert.Contains(",application.submit,", lines[^1]);
    }
}
