using MerchantPortal.Data;
using MerchantPortal.Domain.Banking;
using MerchantPortal.Domain.Identifiers;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Infrastructure.Banking;

/// <summary>Remits by writing a line on a statement the applicant can read in the portal (only the masked account is kept).</summary>
public sealed class SandboxBank(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock) : IBankTransfers
{
    public async Task RemitAsync(Guid applicationId, string accountNumber, int amountFen, string reference)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        db.SandboxBankTransfers.Add(new SandboxBankTransfer(applicationId, BankAccountNumber.Mask(accountNumber), amountFen, reference, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync();
    }
}
