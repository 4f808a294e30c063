namespace MerchantPortal.Domain.Platforms;

/// <summary>Where a wallet can take payments, for the catalogue's comparison.</summary>
[Flags]
public enum PlatformScenarios
{
    None = 0,
    InStoreQr = 1,
    Online = 2,
    InApp = 4,
    MiniProgram = 8,
    Nfc = 16,
}
