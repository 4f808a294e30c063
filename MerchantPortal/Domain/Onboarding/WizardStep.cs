namespace MerchantPortal.Domain.Onboarding;

/// <summary>The wizard's steps in the order the applicant sees them (shared/DESIGN.md, "The journey").</summary>
public enum WizardStep
{
    Platforms = 1,
    Enterprise = 2,
    Documents = 3,
    Identity = 4,
    Submit = 5,
    ApiKeys = 6,
    GoLiveTests = 7,
}
