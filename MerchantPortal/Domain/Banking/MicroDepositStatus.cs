namespace MerchantPortal.Domain.Banking;

public enum MicroDepositStatus
{
    Pending = 0,
    Verified = 1,
    Locked = 2,
    Replaced = 3,
}
