using MerchantPortal.Domain;

namespace MerchantPortal.Infrastructure.Banking;

/// <summary>Production without a bank integration: micro-deposits are refused with a clear message, never faked.</summary>
public sealed class UnconfiguredBank : IBankTransfers
{
    public Task RemitAsync(Guid applicationId, string accountNumber, int amountFen, string reference) =>
        throw new DomainException(DomainErrors.BankNotConfigured);
}
