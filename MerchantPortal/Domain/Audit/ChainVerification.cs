namespace MerchantPortal.Domain.Audit;

/// <summary>The result of walking the chain: how many entries were checked, and the first one that does not fit, if any.</summary>
public sealed record ChainVerification(long EntriesChecked, long? FirstBrokenEntryId, ChainBreak? Break)
{
    public bool IsIntact => FirstBrokenEntryId is null;
}
