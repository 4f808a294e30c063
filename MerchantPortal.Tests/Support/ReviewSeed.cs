using MerchantPortal.Domain.Documents;
using MerchantPortal.Features.Documents;
using MerchantPortal.Features.Review;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Support;

/// <summary>Reviewer actions done through the portal's own services, for tests that start mid-review.</summary>
public static class ReviewSeed
{
    public static Task ClaimAsync(PortalFactory factory, TestAccount reviewer, Guid applicationId) =>
        factory.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<ReviewAssignmentService>().ClaimAsync(reviewer.Id, applicationId);
            return true;
        });

    public static Task DecideAsync(PortalFactory factory, TestAccount reviewer, Guid documentId, DocumentVerdict verdict) =>
        factory.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<DocumentReviewService>().DecideAsync(reviewer.Id, documentId, verdict);
            return true;
        });

    /// <summary>A high-risk case (see <see cref="RiskSeed"/>) claimed, its documents approved, and approved by <paramref name="maker"/>: it waits for a second person.</summary>
    public static async Task<Guid> AwaitingConfirmationAsync(PortalFactory factory, TestAccount owner, TestAccount maker, byte[]? license = null)
    {
        var id = await RiskSeed.HighRiskSubmittedAsync(factory, owner, license);
        await ClaimAsync(factory, maker, id);
        await ApproveAllDocumentsAsync(factory, maker, owner, id);
        await factory.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<CaseDecisionService>().ApproveAsync(maker.Id, id);
            return true;
        });
        return id;
    }

    /// <summary>Makes <paramref name="staff"/> a member of <paramref name="owner"/>'s organization: the conflict of interest the review must refuse.</summary>
    public static async Task JoinOrganizationAsync(PortalFactory factory, TestAccount staff, TestAccount owner)
    {
        await using var db = await factory.CreateDbContextAsync();
        db.OrganizationMembers.Add(new Domain.Organizations.OrganizationMember(owner.OrganizationId!.Value, staff.Id, Domain.Organizations.MemberRole.Staff, DateTime.UtcNow));
        await db.SaveChangesAsync();
    }

    /// <summary>The newest version of each document, as its owner lists them.</summary>
    public static Task<IReadOnlyList<DocumentRequirementView>> DocumentsAsync(PortalFactory factory, TestAccount owner, Guid applicationId) =>
        factory.WithServicesAsync(sp => sp.GetRequiredService<DocumentService>().ListAsync(owner.Id, applicationId));

    public static async Task ApproveAllDocumentsAsync(PortalFactory factory, TestAccount reviewer, TestAccount owner, Guid applicationId)
    {
        foreach (var requirement in await DocumentsAsync(factory, owner, applicationId))
        {
            if (requirement.Status != DocumentStatus.Approved)
            {
                await DecideAsync(factory, reviewer, requirement.Versions[0].Id, new DocumentVerdict { Approved = true });
            }
        }
    }
}
