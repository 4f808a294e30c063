namespace MerchantPortal.Domain.Documents;

/// <summary>A document requirement's state: missing (no upload yet), then each upload's review outcome.</summary>
public enum DocumentStatus
{
    Missing = 0,
    Uploaded = 1,
    Approved = 2,
    Rejected = 3,
}
