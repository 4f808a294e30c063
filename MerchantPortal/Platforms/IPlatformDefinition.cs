using MerchantPortal.Domain.Platforms;
using MerchantPortal.Domain.Requirements;

namespace MerchantPortal.Platforms;

/// <summary>What one platform's folder contributes; adding a platform means adding a folder with one of these.</summary>
public interface IPlatformDefinition
{
    PaymentPlatform DefaultCatalogueEntry { get; }

    /// <summary>The documents this platform adds to the core set, as rules conditioned on choosing it.</summary>
    IReadOnlyList<RequirementRule> DefaultRequirements { get; }
}
