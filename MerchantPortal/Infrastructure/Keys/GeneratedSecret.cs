namespace MerchantPortal.Infrastructure.Keys;

/// <summary>
/// A secret file the portal created for itself at this start (Development only), and the setting production uses instead.
/// </summary>
public sealed record GeneratedSecret(string What, string Path, string ProductionSetting);
