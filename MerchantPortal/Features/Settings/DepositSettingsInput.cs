namespace MerchantPortal.Features.Settings;

/// <summary>Micro-deposit verification: how many tries and how many days an applicant has.</summary>
public sealed class DepositSettingsInput
{
    public int Tries { get; set; }

    public int ExpiryDays { get; set; }
}
