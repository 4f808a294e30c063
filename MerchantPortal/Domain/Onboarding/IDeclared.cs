namespace MerchantPortal.Domain.Onboarding;

/// <summary>A row that carries what an application declared, so the dashboard's filters can select it without a join.</summary>
public interface IDeclared
{
    /// <summary>A <see cref="Review.ReviewListing.PlatformKey"/>, or null before platforms are chosen.</summary>
    string? DeclaredPlatforms { get; }

    SubjectType? DeclaredSubjectType { get; }

    Industry? DeclaredIndustry { get; }
}
