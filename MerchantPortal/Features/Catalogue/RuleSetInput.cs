namespace MerchantPortal.Features.Catalogue;

/// <summary>The whole set of requirement rules to publish as the next version, and the version it was edited from.</summary>
public sealed class RuleSetInput
{
    /// <summary>The version the editor loaded: publishing is refused when someone else has published since.</summary>
    public int BasedOnVersion { get; set; }

    public List<RequirementRuleInput> Rules { get; set; } = [];

    /// <summary>The catalogue's platform codes; the service sets them before validating, whatever the caller sent.</summary>
    public IReadOnlyCollection<string> KnownPlatformCodes { get; set; } = [];
}
