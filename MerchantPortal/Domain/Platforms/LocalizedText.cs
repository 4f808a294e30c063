namespace MerchantPortal.Domain.Platforms;

/// <summary>Catalogue text in both of the portal's languages (admins edit both).</summary>
public sealed record LocalizedText(string Zh, string En)
{
    public string For(string culture) => culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Zh : En;
}
