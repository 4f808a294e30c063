namespace MerchantPortal.Domain.Requirements;

/// <summary>What a new version of the rules adds and removes, rule by rule (by <see cref="RequirementRule.Signature"/>).</summary>
public sealed record RuleSetChange(IReadOnlyList<string> Added, IReadOnlyList<string> Removed)
{
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0;

    public static RuleSetChange Between(IEnumerable<RequirementRule> before, IEnumerable<RequirementRule> after)
    {
        var old = before.Select(r => r.Signature()).ToHashSet(StringComparer.Ordinal);
        var now = after.Select(r => r.Signature()).ToHashSet(StringComparer.Ordinal);
        return new([.. now.Except(old).Order(StringComparer.Ordinal)], [.. old.Except(now).Order(StringComparer.Ordinal)]);
    }
}
