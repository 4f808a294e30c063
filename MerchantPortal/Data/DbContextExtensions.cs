using MerchantPortal.Domain;
using MerchantPortal.Domain.Onboarding;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Data;

public static class DbContextExtensions
{
    /// <summary>
    /// Applications not rejected or withdrawn — <see cref="ApplicationWorkflow.IsOpen"/> in a form SQL can run; an
    /// organization has at most one (a filtered unique index).
    /// </summary>
    public static IQueryable<OnboardingApplication> OpenApplications(this PortalDbContext db) =>
        db.Applications.Where(a => a.State != ApplicationState.Rejected && a.State != ApplicationState.Withdrawn);

    /// <summary>Saves, turning a lost race on a concurrency token into the domain's "changed by someone else" error.</summary>
    public static async Task SaveChangesOrConflictAsync(this DbContext db, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException(DomainErrors.ConcurrentChange);
        }
    }
}
