namespace MerchantPortal.Features.Onboarding.Wizard;

/// <summary>One beneficial owner (受益所有人) row of step 4.</summary>
public sealed class BeneficialOwnerInput
{
    public string Name { get; set; } = "";

    public string IdNumber { get; set; } = "";

    public decimal? SharePercent { get; set; }

    public bool Controls { get; set; }
}
