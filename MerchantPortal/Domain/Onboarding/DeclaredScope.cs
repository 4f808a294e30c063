namespace MerchantPortal.Domain.Onboarding;

/// <summary>
/// The platforms (a <see cref="Review.ReviewListing.PlatformKey"/>), subject type and industry an application has
/// declared: what the dashboard's filters select on. Null parts are not declared yet.
/// </summary>
public sealed record DeclaredScope(string? Platforms, SubjectType? SubjectType, Industry? Industry);
