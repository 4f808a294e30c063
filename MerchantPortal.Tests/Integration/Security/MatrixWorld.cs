using MerchantPortal.Domain.Accounts;
using MerchantPortal.Features.Credentials;
using MerchantPortal.Features.Onboarding.Wizard;
using MerchantPortal.Features.Review;
using MerchantPortal.Tests.Support;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Security;

/// <summary>
/// The world the matrix asks in: organization A with a submitted application (its documents, a message attachment,
/// an Alipay key whose private half was already taken), organization B, two staff members, and one signed-in
/// client per actor. Route parameters are filled with A's ids, so any answer but "not found" to B is a leak.
/// </summary>
public sealed class MatrixWorld
{
    private readonly Dictionary<string, string> routeValues;

    private MatrixWorld(IReadOnlyList<ActorClient> clients, Dictionary<string, string> routeValues)
    {
        Clients = clients;
        this.routeValues = routeValues;
    }

    public IReadOnlyList<ActorClient> Clients { get; }

    public static async Task<MatrixWorld> CreateAsync(PortalFactory factory)
    {
        var ownerA = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var ownerB = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        var staffOfA = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        await ReviewSeed.JoinOrganizationAsync(factory, staffOfA, ownerA);
        var applicationId = await WizardSeed.SubmittedAsync(factory, ownerA,
            new PlatformsStepInput { PlatformCodes = ["alipay"], InStore = true });
        var documentId = (await ReviewSeed.DocumentsAsync(factory, ownerA, applicationId))[0].Versions[0].Id;
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["organizationId"] = ownerA.OrganizationId!.Value.ToString(),
            ["applicationId"] = applicationId.ToString(),
            ["documentId"] = documentId.ToString(),
            ["attachmentId"] = (await AttachmentAsync(factory, ownerA, applicationId)).ToString(),
            ["keyId"] = (await TakenKeyAsync(factory, ownerA)).ToString(),
            // Dossiers are issued only for approved cases; the verification is public, so an unknown one says as much.
            ["dossierId"] = Guid.NewGuid().ToString(),
            ["kind"] = "BusinessLicense",
            ["tradeNo"] = "probe-trade",
            ["appId"] = "probe-app",
            ["mchId"] = "probe-mch",
            ["route"] = "pay/transactions/native",
            ["path"] = "probe/missing.txt",
        };

        ActorClient[] clients = await Task.WhenAll(
            ActorClient.CreateAsync(factory, MatrixActor.Anonymous, null),
            ActorClient.CreateAsync(factory, MatrixActor.ApplicantA, ownerA),
            ActorClient.CreateAsync(factory, MatrixActor.ApplicantB, ownerB),
            ActorClient.CreateAsync(factory, MatrixActor.Reviewer, reviewer),
            ActorClient.CreateAsync(factory, MatrixActor.Admin, admin),
            ActorClient.CreateAsync(factory, MatrixActor.StaffOfA, staffOfA));
        return new MatrixWorld(clients, values);
    }

    /// <summary>Where to ask <paramref name="route"/> (with the row's query), filled from the seeded world.</summary>
    public string RequestFor(DiscoveredRoute route, RouteRule? rule) =>
        rule?.Query is { } query
            ? PathFor(route.Pattern) + "?" + routeValues.Aggregate(query,
                (text, value) => text.Replace(
                    $"{{{value.Key}}}", Uri.EscapeDataString(value.Value), StringComparison.OrdinalIgnoreCase))
            : PathFor(route.Pattern);

    private string PathFor(RoutePattern pattern) =>
        "/" + string.Join("/", pattern.PathSegments.Select(
            segment => string.Concat(segment.Parts.Select(part => Fill(pattern, part)))));

    private string Fill(RoutePattern pattern, RoutePatternPart part) => part switch
    {
        RoutePatternLiteralPart literal => literal.Content,
        RoutePatternSeparatorPart separator => separator.Content,
        RoutePatternParameterPart parameter when routeValues.TryGetValue(parameter.Name, out var value)
            => Uri.EscapeDataString(value),
        // A made-up value would have any route answer "not found" and pass for protected: the world holds real ones.
        RoutePatternParameterPart parameter => throw new InvalidOperationException(
            $"Route {pattern.RawText} has a parameter '{parameter.Name}' the matrix has no value for: " +
            $"add one in {nameof(MatrixWorld)}."),
        _ => throw new InvalidOperationException($"Unexpected route part in {pattern.RawText}."),
    };

    private static Task<Guid> AttachmentAsync(PortalFactory factory, TestAccount owner, Guid applicationId) =>
        factory.WithServicesAsync(async sp =>
        {
            var problem = await sp.GetRequiredService<CaseMessageService>().SendAsync(owner.Id, applicationId, "probe",
                [new OutgoingAttachment("note.pdf", new MemoryStream(DocumentCorpus.UniquePdf()))]);
            Assert.Null(problem);
            await using var db = await factory.CreateDbContextAsync();
            return await db.MessageAttachments.Select(a => a.Id).SingleAsync();
        });

    /// <summary>A key of A's Alipay sandbox app whose private half A already took: asking changes nothing.</summary>
    private static Task<Guid> TakenKeyAsync(PortalFactory factory, TestAccount owner) =>
        factory.WithServicesAsync(async sp =>
        {
            var credentials = sp.GetRequiredService<CredentialService>();
            var keys = await credentials.GetAsync(owner.Id, owner.OrganizationId!.Value);
            var platform = keys!.Platforms.Single(p => p.PlatformCode == "alipay");
            var keyId = await sp.GetRequiredService<KeyService>()
                .GenerateKeyAsync(owner.Id, platform.EnrollmentId, keep: true, overlap: null);
            await credentials.TakePrivateKeyAsync(owner.Id, keyId);
            return keyId;
        });
}
