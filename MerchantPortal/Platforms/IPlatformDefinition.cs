using MerchantPortal.Domain.Platforms;

namespace MerchantPortal.Platforms;

/// <summary>What one platform's folder contributes; adding a platform means adding a folder with one of these.</summary>
public interface IPlatformDefinition
{
    PaymentPlatform DefaultCatalogueEntry { get; }
}
