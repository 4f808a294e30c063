using System.Text.Json;
using FluentValidation;
using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Identifiers;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Review;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Onboarding.Wizard;

/// <summary>
/// Step 4: sensitive personal information. Nothing of it is taken, not even as a draft, before the user's
/// separate consent is recorded; what is saved is encrypted as a whole, with masked values for display.
/// </summary>
public sealed class IdentityStepService(
    IDbContextFactory<PortalDbContext> dbFactory,
    IDataProtectionProvider protection,
    IValidator<IdentityStepInput> validator,
    WizardStepWriter writer,
    WizardService wizard,
    TimeProvider clock)
{
    /// <summary>The version of the privacy notice the consent refers to; change it when the notice's text changes.</summary>
    public const string NoticeVersion = "2026-11";

    private readonly IDataProtector protector = protection.CreateProtector("MerchantPortal.SensitiveData.v1");

    /// <summary>When the user consented, for members in any state: after submission the step is shown read-only.</summary>
    public async Task<DateTime?> ConsentGivenAtAsync(string userId, Guid applicationId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await WizardStepWriter.MemberApplicationAsync(db, userId, applicationId);
        return await ConsentAsync(db, userId, applicationId);
    }

    public async Task GiveConsentAsync(string userId, Guid applicationId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await writer.EditableApplicationAsync(db, userId, applicationId, WizardStep.Identity);
        db.PrivacyConsents.Add(new PrivacyConsent(applicationId, userId, NoticeVersion, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync();
    }

    /// <summary>The saved step in clear, for its own organization's members to edit.</summary>
    public async Task<IdentityDetails?> ReadAsync(string userId, Guid applicationId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await WizardStepWriter.MemberApplicationAsync(db, userId, applicationId);
        var saved = await db.ApplicationProfiles.Where(p => p.ApplicationId == applicationId).Select(p => p.ProtectedIdentity).SingleOrDefaultAsync();
        return saved is null ? null : JsonSerializer.Deserialize<IdentityDetails>(protector.Unprotect(saved));
    }

    public async Task SaveDraftAsync(string userId, Guid applicationId, IdentityStepInput input)
    {
        await EnsureConsentAsync(userId, applicationId);
        await wizard.SaveDraftAsync(userId, applicationId, WizardStep.Identity, input);
    }

    public async Task CompleteAsync(string userId, Guid applicationId, IdentityStepInput input)
    {
        await EnsureConsentAsync(userId, applicationId);
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            // What the rules compare against comes from the saved enterprise step, never from the form.
            var enterprise = await db.ApplicationProfiles.AsNoTracking().Where(p => p.ApplicationId == applicationId).Select(p => p.Enterprise).SingleOrDefaultAsync()
                ?? throw new DomainException(DomainErrors.EnterpriseFirst);
            input.SubjectType = enterprise.SubjectType;
            input.LegalName = enterprise.LegalName;
        }

        var before = await ReadAsync(userId, applicationId);
        input.RestoreMaskedNumbers(before);
        if (new[] { input.IdNumber, input.AccountNumber }.Concat(input.BeneficialOwners.Select(o => o.IdNumber)).Any(IdentityStepInput.IsMasked))
        {
            throw new DomainException(DomainErrors.RetypeMaskedNumber);
        }

        await validator.ValidateAndThrowAsync(input);
        var details = input.ToDetails();
        await EnsureOnlyListedChangedAsync(userId, applicationId, before, details);
        var summary = new IdentitySummary(details.LegalRepresentativeName, ResidentIdNumber.Mask(details.IdNumber),
            details.BeneficialOwners.Count, details.AccountType, details.BankName, BankAccountNumber.Mask(details.AccountNumber));
        var protectedDetails = protector.Protect(JsonSerializer.Serialize(details));
        await writer.CompleteAsync(userId, applicationId, WizardStep.Identity, ApplicationTrigger.CompleteIdentity,
            (profile, now) => profile.SaveIdentity(protectedDetails, summary, now));
    }

    private async Task EnsureOnlyListedChangedAsync(string userId, Guid applicationId, IdentityDetails? before, IdentityDetails after)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var application = await WizardStepWriter.MemberApplicationAsync(db, userId, applicationId);
        if (before is not null && await WizardStepWriter.OpenChangeRequestAsync(db, application) is { } request)
        {
            request.EnsureOnlyListed(ReviewFields.Changed(before, after));
        }
    }

    private async Task EnsureConsentAsync(string userId, Guid applicationId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await writer.EditableApplicationAsync(db, userId, applicationId, WizardStep.Identity);
        if (await ConsentAsync(db, userId, applicationId) is null)
        {
            throw new DomainException(DomainErrors.ConsentMissing);
        }
    }

    private static Task<DateTime?> ConsentAsync(PortalDbContext db, string userId, Guid applicationId) =>
        db.PrivacyConsents.Where(c => c.ApplicationId == applicationId && c.UserId == userId && c.NoticeVersion == NoticeVersion)
            .OrderByDescending(c => c.AtUtc).Select(c => (DateTime?)c.AtUtc).FirstOrDefaultAsync();
}
