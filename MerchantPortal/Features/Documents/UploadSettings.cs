using MerchantPortal.Domain.Settings;

namespace MerchantPortal.Features.Documents;

/// <summary>
/// The upload limit in the settings store, read at each upload. <c>Documents:MaxFileBytes</c> in the configuration
/// seeds it when the store has none yet; from then on admins change it on the settings page.
/// </summary>
public static class UploadSettings
{
    public const string ConfigurationKey = "Documents:MaxFileBytes";
    public const long Megabyte = 1024 * 1024;

    public static readonly SettingDefinition<long> MaxFileBytes = new("Documents.MaxFileBytes", 10 * Megabyte);

    /// <summary>The limit with the configured value as its seed (the built-in default when none is configured).</summary>
    public static SettingDefinition<long> SeededFrom(IConfiguration configuration) =>
        MaxFileBytes with { Default = configuration.GetValue(ConfigurationKey, MaxFileBytes.Default) };
}
