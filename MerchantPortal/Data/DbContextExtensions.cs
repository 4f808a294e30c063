using MerchantPortal.Domain;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Data;

public static class DbContextExtensions
{
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
