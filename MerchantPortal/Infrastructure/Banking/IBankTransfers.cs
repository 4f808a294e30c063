namespace MerchantPortal.Infrastructure.Banking;

/// <summary>Where a real bank's remittance API plugs in; the sandbox bank stands in for it outside production.</summary>
public interface IBankTransfers
{
    Task RemitAsync(Guid applicationId, string accountNumber, int amountFen, string reference);
}
