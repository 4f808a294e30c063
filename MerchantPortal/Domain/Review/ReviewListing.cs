using MerchantPortal.Domain.Onboarding;

namespace MerchantPortal.Domain.Review;

/// <summary>
/// What the review queue filters and sorts on, copied onto the application at each submission so the queue
/// reads one table. <see cref="Platforms"/> holds the catalogue codes as <c>|alipay|wechatpay|</c>, which a
/// LIKE can match exactly.
/// </summary>
public sealed record ReviewListing(string LegalName, string CreditCode, SubjectType SubjectType, Industry Industry, string Platforms)
{
    public static ReviewListing From(EnterpriseDetails enterprise, PlatformChoice platforms) =>
        new(enterprise.LegalName, enterprise.CreditCode, enterprise.SubjectType, enterprise.Industry, PlatformKey(platforms.PlatformCodes));

    public static string PlatformKey(IEnumerable<string> codes) => $"|{string.Join('|', codes.Order(StringComparer.Ordinal))}|";

    public static string PlatformPattern(string code) => $"%|{code}|%";

    public static IReadOnlyList<string> CodesOf(string platformKey) => platformKey.Split('|', StringSplitOptions.RemoveEmptyEntries);
}
