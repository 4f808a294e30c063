using MerchantPortal.Domain;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Features.Onboarding.Wizard;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Review;

/// <summary>Who works a case: claim it (it moves to "in review"), give it to someone, or put it back in the queue.</summary>
public sealed class ReviewAssignmentService(ReviewCaseWriter writer)
{
    /// <summary>A waiting case is anyone's to take; one in review stays with its assignee unless an admin steps in.</summary>
    public Task ClaimAsync(string userId, Guid applicationId) =>
        writer.ChangeAsync(userId, applicationId, "review.claim", c =>
        {
            if (c.Application.State != ApplicationState.Submitted)
            {
                EnsureOwnOrAdmin(c);
            }

            c.Application.Assign(userId, c.Actor, c.NowUtc);
            return Task.CompletedTask;
        });

    /// <summary>Only staff can be given a case; assigning someone else's case is an admin's call or the assignee's.</summary>
    public Task AssignAsync(string userId, Guid applicationId, string assigneeUserId) =>
        writer.ChangeAsync(userId, applicationId, "review.assign", async c =>
        {
            if (!await StaffGuard.IsStaffAsync(c.Db, assigneeUserId))
            {
                throw new DomainException(DomainErrors.NotStaff);
            }

            if (await WizardStepWriter.IsMemberAsync(c.Db, assigneeUserId, c.Application.OrganizationId))
            {
                throw new DomainException(DomainErrors.OwnOrganization);
            }

            EnsureOwnOrAdmin(c);
            c.Application.Assign(assigneeUserId, c.Actor, c.NowUtc);
        });

    public Task ReleaseAsync(string userId, Guid applicationId) =>
        writer.ChangeAsync(userId, applicationId, "review.release", c =>
        {
            EnsureOwnOrAdmin(c);
            c.Application.Release(c.Actor, c.NowUtc);
            return Task.CompletedTask;
        });

    private static void EnsureOwnOrAdmin(ReviewContext c)
    {
        if (c.Application.AssigneeUserId is { } current && current != c.UserId && !c.IsAdmin)
        {
            throw new DomainException(DomainErrors.NotAssignee);
        }
    }
}
