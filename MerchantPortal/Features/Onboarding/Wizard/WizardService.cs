using System.Text.Json;
using FluentValidation;
using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Review;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Onboarding.Wizard;

/// <summary>
/// Saves the wizard's steps for the members of the application's organization. A completed step is validated
/// again here (the same validators the page shows), saved, and moves the state machine the first time;
/// until then the typed fields live in an encrypted draft.
/// </summary>
public sealed class WizardService(
    IDbContextFactory<PortalDbContext> dbFactory,
    IDataProtectionProvider protection,
    IValidator<PlatformsStepInput> platformsValidator,
    IValidator<EnterpriseStepInput> enterpriseValidator,
    WizardStepWriter writer,
    TimeProvider clock)
{
    private readonly IDataProtector drafts = protection.CreateProtector("MerchantPortal.WizardDrafts.v1");

    /// <summary>The organization's open application as the wizard shows it, or null when the user is no member or there is none.</summary>
    public async Task<WizardView?> GetAsync(string userId, Guid organizationId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        if (!await WizardStepWriter.IsMemberAsync(db, userId, organizationId))
        {
            return null;
        }

        var application = await db.OpenApplications().AsNoTracking().SingleOrDefaultAsync(a => a.OrganizationId == organizationId);
        if (application is null)
        {
            return null;
        }

        var profile = await db.ApplicationProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.ApplicationId == application.Id);
        var saved = await db.WizardDrafts.AsNoTracking().Where(d => d.ApplicationId == application.Id).ToListAsync();
        return new WizardView(application.Id, application.State, WizardStepWriter.IsEditable(application.State), profile?.Platforms, profile?.Enterprise, profile?.Identity,
            saved.ToDictionary(d => d.Step, d => drafts.Unprotect(d.ProtectedContent)), await WizardStepWriter.OpenChangeRequestAsync(db, application));
    }

    public async Task SaveDraftAsync<TInput>(string userId, Guid applicationId, WizardStep step, TInput input)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await writer.EditableApplicationAsync(db, userId, applicationId, step);
        var draft = await db.WizardDrafts.SingleOrDefaultAsync(d => d.ApplicationId == applicationId && d.Step == step);
        if (draft is null)
        {
            draft = new WizardDraft(applicationId, step);
            db.WizardDrafts.Add(draft);
        }

        draft.Replace(drafts.Protect(JsonSerializer.Serialize(input)), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
    }

    public TInput? ReadDraft<TInput>(WizardView view, WizardStep step) =>
        view.DraftJson.TryGetValue(step, out var json) ? JsonSerializer.Deserialize<TInput>(json) : default;

    public async Task CompletePlatformsAsync(string userId, Guid applicationId, PlatformsStepInput input)
    {
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            var saved = await db.ApplicationProfiles.AsNoTracking().Where(p => p.ApplicationId == applicationId).Select(p => p.Platforms).SingleOrDefaultAsync();
            input.KeptCodes = saved?.PlatformCodes ?? [];
        }

        await platformsValidator.ValidateAndThrowAsync(input);
        await writer.CompleteAsync(userId, applicationId, WizardStep.Platforms, ApplicationTrigger.CompletePlatforms,
            (profile, now) => profile.SavePlatforms(input.ToChoice(), now));
    }

    public async Task CompleteEnterpriseAsync(string userId, Guid applicationId, EnterpriseStepInput input)
    {
        await enterpriseValidator.ValidateAndThrowAsync(input);
        var details = input.ToDetails();
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            var application = await writer.EditableApplicationAsync(db, userId, applicationId, WizardStep.Enterprise);
            if (await CreditCodeTakenAsync(db, details.CreditCode, application.OrganizationId))
            {
                throw new DomainException(DomainErrors.CreditCodeInUse);
            }

            if (await WizardStepWriter.OpenChangeRequestAsync(db, application) is { } request)
            {
                var before = (await db.ApplicationProfiles.AsNoTracking().Where(p => p.ApplicationId == applicationId).Select(p => p.Enterprise).SingleAsync())!;
                if (ReviewFields.RequirementsChanged(before, details))
                {
                    throw new DomainException(DomainErrors.ApplicationLocked);
                }

                request.EnsureOnlyListed(ReviewFields.Changed(before, details));
            }
        }

        await writer.CompleteAsync(userId, applicationId, WizardStep.Enterprise, ApplicationTrigger.CompleteEnterprise,
            (profile, now) => profile.SaveEnterprise(details, now));
    }

    /// <summary>
    /// Another organization's application that is under way or approved already uses the code. Rejected or
    /// withdrawn ones do not count (the review's risk checks flag those); the message names no one.
    /// </summary>
    private static Task<bool> CreditCodeTakenAsync(PortalDbContext db, string code, Guid ownOrganizationId) =>
        db.ApplicationProfiles
            .Where(p => p.Enterprise != null && p.Enterprise.CreditCode == code)
            .Join(db.OpenApplications(), p => p.ApplicationId, a => a.Id, (p, a) => a)
            .AnyAsync(a => a.OrganizationId != ownOrganizationId && a.State >= ApplicationState.Submitted);
}
