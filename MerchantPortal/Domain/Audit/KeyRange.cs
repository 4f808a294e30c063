namespace MerchantPortal.Domain.Audit;

/// <summary>
/// Consecutive entries verified with the same key: <see cref="KeyId"/> null means unkeyed entries written before
/// the chain was keyed (plain SHA-256).
/// </summary>
public sealed record KeyRange(string? KeyId, long FirstEntryId, long LastEntryId, long Entries);
