using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Requirements;
using MerchantPortal.Domain.Review;
using MerchantPortal.Domain.Workflow;
using MerchantPortal.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Onboarding.Wizard;

/// <summary>
/// The mechanics every step shares: only members may touch the application, only before submission;
/// a completed step is saved, moves the state machine the first time, and then drops its draft.
/// </summary>
public sealed class WizardStepWriter(IDbContextFactory<PortalDbContext> dbFactory, AuditTrail audit, TimeProvider clock)
{
    /// <summary>
    /// The application, when <paramref name="userId"/> may change <paramref name="step"/> (and <paramref name="kind"/>):
    /// anything before submission; after a reviewer's request for changes, only what the request lists.
    /// </summary>
    public async Task<OnboardingApplication> EditableApplicationAsync(PortalDbContext db, string userId, Guid applicationId, WizardStep step, DocumentKind? kind = null)
    {
        var application = await MemberApplicationAsync(db, userId, applicationId);
        if (IsEditable(application.State)
            || (application.State == ApplicationState.ChangesRequested && (await OpenChangeRequestAsync(db, application))?.Unlocks(step, kind) == true))
        {
            return application;
        }

        throw new DomainException(DomainErrors.ApplicationLocked);
    }

    /// <summary>The application for a member of its organization, in any state; to anyone else it does not exist.</summary>
    public static async Task<OnboardingApplication> MemberApplicationAsync(PortalDbContext db, string userId, Guid applicationId)
    {
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == applicationId)
            ?? throw new DomainException(DomainErrors.ApplicationNotFound);
        return await IsMemberAsync(db, userId, application.OrganizationId) ? application : throw new DomainException(DomainErrors.ApplicationNotFound);
    }

    /// <summary>The request the applicant is answering now: the one made in the current review round.</summary>
    public static Task<ChangeRequest?> OpenChangeRequestAsync(PortalDbContext db, OnboardingApplication application) =>
        application.State != ApplicationState.ChangesRequested
            ? Task.FromResult<ChangeRequest?>(null)
            : db.ChangeRequests.AsNoTracking().Where(c => c.ApplicationId == application.Id && c.Round == application.ReviewRound).SingleOrDefaultAsync();

    /// <param name="alsoComplete">A later step already saved (step 4 can be filled before step 3): its move follows at once.</param>
    public async Task CompleteAsync(string userId, Guid applicationId, WizardStep step, ApplicationTrigger trigger,
        Action<ApplicationProfile, DateTime> save, Func<ApplicationProfile, ApplicationTrigger?>? alsoComplete = null)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var application = await EditableApplicationAsync(db, userId, applicationId, step);
        var now = clock.GetUtcNow().UtcDateTime;
        var profile = await db.ApplicationProfiles.SingleOrDefaultAsync(p => p.ApplicationId == applicationId);
        if (profile is null)
        {
            profile = new ApplicationProfile(applicationId);
            db.ApplicationProfiles.Add(profile);
        }

        save(profile, now);
        application.Declare(profile.Platforms, profile.Enterprise);
        // The first completion moves the machine; editing an earlier step later saves without a transition.
        var moves = new List<ApplicationTrigger>();
        foreach (var move in new[] { trigger, alsoComplete?.Invoke(profile) }.OfType<ApplicationTrigger>())
        {
            if (application.PermittedTriggers(Party.Applicant, ApplicationFacts.None).Contains(move))
            {
                application.Fire(move, new Actor(userId, Party.Applicant), now, ApplicationFacts.None);
                moves.Add(move);
            }
        }

        if (moves.Count > 0)
        {
            await audit.SaveWithAsync(db, new AuditRecord(userId, "application.step", "Application", applicationId.ToString(),
                new { step = step.ToString(), moves = moves.Select(m => m.ToString()), state = application.State.ToString() }));
        }
        else
        {
            await db.SaveChangesOrConflictAsync();
        }
        // Only once the step is saved: a lost race keeps the typed draft.
        await db.WizardDrafts.Where(d => d.ApplicationId == applicationId && d.Step == step).ExecuteDeleteAsync();
    }

    public static bool IsEditable(ApplicationState state) => state <= ApplicationState.ReadyToSubmit;

    public static Task<bool> IsMemberAsync(PortalDbContext db, string userId, Guid organizationId) =>
        db.OrganizationMembers.AnyAsync(m => m.UserId == userId && m.OrganizationId == organizationId);
}
