namespace MerchantPortal.Domain.Settings;

/// <summary>One setting admins can change at run time, stored as JSON under its key.</summary>
public sealed class PortalSetting
{
    private PortalSetting()
    {
    }

    public PortalSetting(string key, string valueJson, DateTime nowUtc)
    {
        Key = key;
        ValueJson = valueJson;
        UpdatedAtUtc = nowUtc;
    }

    public string Key { get; private set; } = "";

    public string ValueJson { get; private set; } = "";

    public DateTime UpdatedAtUtc { get; private set; }

    public void Replace(string valueJson, DateTime nowUtc)
    {
        ValueJson = valueJson;
        UpdatedAtUtc = nowUtc;
    }
}
