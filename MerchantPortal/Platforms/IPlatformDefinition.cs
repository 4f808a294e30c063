using MerchantPortal.Domain.Platforms;
using MerchantPortal.Domain.Requirements;

namespace MerchantPortal.Platforms;

/// <summary>What one platform's folder contributes; adding a platform means adding a folder with one of these.</summary>
public interface IPlatformDefinition
{
    PaymentPlatform DefaultCatalogueEntry { get; }

    /// <summary>
    /// Whether this folder carries the platform's protocol (client, sandbox gateway, go-live suite). Until it does, the
    /// platform stays in the catalogue but no admin can open it to applicants.
    /// </summary>
    bool HasProtocol { get; }

    /// <summary>The documents this platform adds to the core set, as rules conditioned on choosing it.</summary>
    IReadOnlyList<RequirementRule> DefaultRequirements { get; }
}
