namespace MerchantPortal.Domain.Audit;

/// <summary>
/// The result of walking the chain: how many entries were checked, the first one that does not fit, if any, and
/// which key verified which range of the entries before it.
/// </summary>
public sealed record ChainVerification(
    long EntriesChecked, long? FirstBrokenEntryId, ChainBreak? Break, IReadOnlyList<KeyRange> Ranges)
{
    public bool IsIntact => FirstBrokenEntryId is null;
}
