using MerchantPortal.Domain.Audit;
using MerchantPortal.Resources;

namespace MerchantPortal.Features.Audit;

/// <summary>A chain verification in the reader's words: the verdict, and which key verified which entries.</summary>
public static class ChainVerificationText
{
    public static string Verdict(ChainVerification result) => result.IsIntact
        ? string.Format(AuditText.ChainIntact, result.EntriesChecked)
        : string.Format(AuditText.ChainBroken, result.FirstBrokenEntryId, Reason(result.Break), result.EntriesChecked);

    /// <summary>"No. 1–120 unkeyed (written before keys); No. 121–5000 key 2026-12", or null before any entry verified.</summary>
    public static string? Ranges(ChainVerification result) => result.Ranges.Count == 0
        ? null
        : string.Format(AuditText.ChainRanges, string.Join("; ", result.Ranges.Select(Range)));

    private static string Reason(ChainBreak? reason) => reason switch
    {
        ChainBreak.ContentChanged => AuditText.BreakContentChanged,
        ChainBreak.UnknownKey => AuditText.BreakUnknownKey,
        ChainBreak.KeyRemoved => AuditText.BreakKeyRemoved,
        _ => AuditText.BreakLinkBroken,
    };

    private static string Range(KeyRange range) => range.KeyId is null
        ? string.Format(AuditText.RangeUnkeyed, range.FirstEntryId, range.LastEntryId)
        : string.Format(AuditText.RangeKeyed, range.FirstEntryId, range.LastEntryId, range.KeyId);
}
