namespace MerchantPortal.Domain.Banking;

public enum ConfirmationResult
{
    Verified,
    Wrong,
    Locked,
    Expired,
    NotPending,
}
