using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Features.Onboarding.Wizard;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Review;

/// <summary>
/// The mechanics every staff action on a case shares: staff only, never on their own organization's case;
/// the change and its records saved together under the application's concurrency token; then every open
/// queue and case is told.
/// </summary>
public sealed class ReviewCaseWriter(IDbContextFactory<PortalDbContext> dbFactory, ReviewQueueNotifier notifier, TimeProvider clock)
{
    public async Task ChangeAsync(string userId, Guid applicationId, Func<ReviewContext, Task> change)
    {
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            await StaffGuard.EnsureStaffAsync(db, userId);
            var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == applicationId && a.Listing != null)
                ?? throw new DomainException(DomainErrors.ApplicationNotFound);
            if (await WizardStepWriter.IsMemberAsync(db, userId, application.OrganizationId))
            {
                throw new DomainException(DomainErrors.OwnOrganization);
            }

            await change(new ReviewContext(db, application, userId, await StaffGuard.IsAdminAsync(db, userId), clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesOrConflictAsync();
        }

        await notifier.PublishAsync(applicationId);
    }
}
