namespace MerchantPortal.Domain.Settings;

/// <summary>A typed setting: its key in the store and the value it is seeded with.</summary>
public sealed record SettingDefinition<T>(string Key, T Default) : ISettingDefinition
{
    object ISettingDefinition.Default => Default!;
}
