using MerchantPortal.Domain.Settings;

namespace MerchantPortal.Features.Banking;

/// <summary>Micro-deposit verification's settings in the settings store, with the values a new installation starts with.</summary>
public static class BankingSettings
{
    /// <summary>Wrong amounts allowed before a deposit locks; counted at each confirmation.</summary>
    public static readonly SettingDefinition<int> DepositTries = new("Banking.DepositTries", 3);

    /// <summary>How long a deposit can be confirmed; fixed when it is sent.</summary>
    public static readonly SettingDefinition<int> DepositExpiryDays = new("Banking.DepositExpiryDays", 10);

    public static readonly IReadOnlyList<ISettingDefinition> All = [DepositTries, DepositExpiryDays];
}
