namespace MerchantPortal.Domain.Settings;

/// <summary>A setting of any type, for seeding them all in one pass.</summary>
public interface ISettingDefinition
{
    string Key { get; }

    object Default { get; }
}
