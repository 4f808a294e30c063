namespace MerchantPortal.Infrastructure.Settings;

/// <summary>A setting's stored JSON before (null when it was never stored) and after a change.</summary>
public sealed record SettingChange(string Key, string? BeforeJson, string AfterJson);
