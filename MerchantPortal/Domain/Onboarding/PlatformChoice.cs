namespace MerchantPortal.Domain.Onboarding;

/// <summary>Step 1 as saved: the wallets chosen (catalogue codes) and the scenes.</summary>
public sealed record PlatformChoice(IReadOnlyList<string> PlatformCodes, Scenes Scenes);
