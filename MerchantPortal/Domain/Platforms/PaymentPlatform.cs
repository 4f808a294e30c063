namespace MerchantPortal.Domain.Platforms;

/// <summary>
/// One wallet in the platform catalogue. Each platform's folder under <c>Platforms/</c> supplies its default
/// entry; admins may edit it. A platform whose protocol is not built yet is shown but not selectable.
/// </summary>
public sealed class PaymentPlatform
{
    private PaymentPlatform()
    {
    }

    public PaymentPlatform(string code, int sortOrder, LocalizedText name, LocalizedText audience, PlatformScenarios scenarios,
        LocalizedText feeRate, LocalizedText settlement, LocalizedText requirements, bool isAvailable)
    {
        Code = code;
        SortOrder = sortOrder;
        Name = name;
        Audience = audience;
        Scenarios = scenarios;
        FeeRate = feeRate;
        Settlement = settlement;
        Requirements = requirements;
        IsAvailable = isAvailable;
    }

    public string Code { get; private set; } = "";

    public int SortOrder { get; private set; }

    public LocalizedText Name { get; private set; } = new("", "");

    public LocalizedText Audience { get; private set; } = new("", "");

    public PlatformScenarios Scenarios { get; private set; }

    /// <summary>The typical fee rate as platforms publish it, such as "0.38%–0.6%".</summary>
    public LocalizedText FeeRate { get; private set; } = new("", "");

    public LocalizedText Settlement { get; private set; } = new("", "");

    public LocalizedText Requirements { get; private set; } = new("", "");

    public bool IsAvailable { get; private set; }

    /// <summary>Replaces what the wizard's comparison shows; the code and the order stay.</summary>
    public void Describe(LocalizedText name, LocalizedText audience, PlatformScenarios scenarios, LocalizedText feeRate, LocalizedText settlement,
        LocalizedText requirements)
    {
        Name = name;
        Audience = audience;
        Scenarios = scenarios;
        FeeRate = feeRate;
        Settlement = settlement;
        Requirements = requirements;
    }

    /// <summary>
    /// Opens or closes the platform to new applicants (applications that chose it keep it). A platform whose protocol is
    /// not built cannot be opened: nothing could connect its merchants, test them or take them live.
    /// </summary>
    public void SetAvailable(bool available, bool protocolBuilt)
    {
        if (available && !protocolBuilt)
        {
            throw new DomainException(DomainErrors.PlatformProtocolMissing);
        }

        IsAvailable = available;
    }
}
