namespace MerchantPortal.Features.Catalogue;

/// <summary>One line of the rules' version history; no publisher means the defaults the portal seeded.</summary>
public sealed record RuleVersionView(int Version, DateTime PublishedAtUtc, string? PublishedBy, int RuleCount);
