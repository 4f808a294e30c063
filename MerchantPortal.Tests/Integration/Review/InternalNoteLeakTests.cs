using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Requirements;
using MerchantPortal.Domain.Review;
using MerchantPortal.Features.Review;
using MerchantPortal.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Review;

/// <summary>
/// A reviewer's internal note (or a checker's reason for sending an approval back) must never reach the applicant: not in any page's rendered markup, not from
/// any GET endpoint the portal maps, whatever ids the applicant can name. The reviewer's own case page is
/// the control: there the note is shown, so the search below would find it if it leaked.
/// </summary>
public class InternalNoteLeakTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly string note = $"INTERNAL-{Guid.NewGuid():N}";

    [Fact]
    public async Task TheInternalNote_IsInNoPageAndNoEndpointTheApplicantCanReach()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var applicationId = await WizardSeed.SubmittedAsync(factory, owner);
        await ReviewSeed.ClaimAsync(factory, reviewer, applicationId);
        var documents = await ReviewSeed.DocumentsAsync(factory, owner, applicationId);
        var tax = documents.Single(d => d.Kind == DocumentKind.TaxRegistration).Versions[0].Id;
        var license = documents.Single(d => d.Kind == DocumentKind.BusinessLicense).Versions[0].Id;
        await ReviewSeed.DecideAsync(factory, reviewer, tax, new DocumentVerdict { ReasonCode = "Illegible", ApplicantMessage = "请重新上传", InternalNote = note });
        await ReviewSeed.DecideAsync(factory, reviewer, license, new DocumentVerdict { Approved = true, InternalNote = note });
        await factory.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<CaseDecisionService>().RequestChangesAsync(reviewer.Id, applicationId, [ReviewField.ContactEmail], [], "请修改");
            return await sp.GetRequiredService<CaseMessageService>().SendAsync(reviewer.Id, applicationId, "请看附件", [new OutgoingAttachment("guide.pdf", new MemoryStream(DocumentCorpus.Pdf()))]);
        });
        var attachment = (await factory.WithServicesAsync(sp => sp.GetRequiredService<CaseMessageService>().ListAsync(owner.Id, applicationId)))[0].Attachments[0].Id;

        var staff = await factory.SignInAsync(reviewer);
        var (_, casePage) = await staff.GetAsync($"/review/cases/{applicationId}");
        Assert.Contains(note, casePage.Body!.OuterHtml);

        await AssertNotShownToAsync(owner, applicationId, new()
        {
            ["documentId"] = [tax.ToString(), license.ToString()],
            ["attachmentId"] = [attachment.ToString()],
        });
    }

    [Fact]
    public async Task ACheckersReasonForSendingBack_ReachesTheMaker_ButNeverTheApplicant()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var maker = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var checker = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var applicationId = await ReviewSeed.AwaitingConfirmationAsync(factory, owner, maker);
        await factory.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<CaseDecisionService>().SendBackAsync(checker.Id, applicationId, note);
            return true;
        });

        var makersNotes = await factory.WithServicesAsync(sp => sp.GetRequiredService<Features.Notifications.NotificationService>().LatestAsync(maker.Id));
        Assert.Contains(makersNotes, n => n.Body.Contains(note, StringComparison.Ordinal));
        await AssertNotShownToAsync(owner, applicationId, []);
    }

    /// <summary>Signs in as <paramref name="owner"/> and reads every page and GET endpoint with every id they know: none may show the note.</summary>
    private async Task AssertNotShownToAsync(TestAccount owner, Guid applicationId, Dictionary<string, string[]> knownIds)
    {
        var applicant = await factory.SignInAsync(owner);
        var ids = new Dictionary<string, string[]>(knownIds, StringComparer.OrdinalIgnoreCase)
        {
            ["organizationId"] = [owner.OrganizationId!.ToString()!],
            ["applicationId"] = [applicationId.ToString()],
        };
        var urls = GetUrls(ids).Concat([.. Enumerable.Range(1, 5).Select(step => $"/onboarding?step={step}"), $"/sandbox/bank?application={applicationId}"]).ToList();
        Assert.Contains($"/review/cases/{applicationId}", urls);
        Assert.Contains("/notifications", urls);
        Assert.All(knownIds.GetValueOrDefault("documentId", []), document => Assert.Contains($"/api/documents/{document}", urls));
        foreach (var url in urls)
        {
            using var response = await applicant.Http.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            Assert.False(body.Contains(note, StringComparison.Ordinal), $"{url} shows the internal note to the applicant");
        }
    }

    /// <summary>Every GET route the portal maps, with each route parameter filled with every id the applicant knows.</summary>
    private List<string> GetUrls(IReadOnlyDictionary<string, string[]> ids) =>
        [.. factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Contains("GET") != false)
            .Select(e => e.RoutePattern)
            .Where(p => p.RawText is { } raw && !raw.StartsWith("_", StringComparison.Ordinal) && !raw.Contains("{*", StringComparison.Ordinal))
            .SelectMany(p => p.Parameters.Aggregate(new[] { "/" + p.RawText!.TrimStart('/') }.AsEnumerable(), (urls, parameter) =>
                urls.SelectMany(url => ids.GetValueOrDefault(parameter.Name, ["00000000-0000-0000-0000-000000000000"])
                    .Select(id => System.Text.RegularExpressions.Regex.Replace(url, "\\{" + parameter.Name + "[^}]*\\}", id)))))
            .Distinct()];
}
