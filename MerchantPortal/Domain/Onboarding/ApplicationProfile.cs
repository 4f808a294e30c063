namespace MerchantPortal.Domain.Onboarding;

/// <summary>
/// What the applicant has saved in the wizard's steps, one record per step; a step not yet completed is null.
/// Kept beside the <see cref="OnboardingApplication"/>, whose state says how far the wizard has come.
/// </summary>
public sealed class ApplicationProfile
{
    private ApplicationProfile()
    {
    }

    public ApplicationProfile(Guid applicationId) => ApplicationId = applicationId;

    public Guid ApplicationId { get; private set; }

    public PlatformChoice? Platforms { get; private set; }

    public EnterpriseDetails? Enterprise { get; private set; }

    /// <summary>Step 4 as saved: the whole <see cref="IdentityDetails"/>, encrypted by the caller.</summary>
    public string? ProtectedIdentity { get; private set; }

    public IdentitySummary? Identity { get; private set; }

    /// <summary>The documents due, frozen at the first submission and kept on resubmission; null while a draft follows the current rules.</summary>
    public List<Requirements.DocumentKind>? SubmittedRequirements { get; private set; }

    /// <summary>The version of the requirement rules <see cref="SubmittedRequirements"/> was computed from; null while a draft.</summary>
    public int? RequirementsVersion { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public void SavePlatforms(PlatformChoice choice, DateTime nowUtc)
    {
        Platforms = choice;
        UpdatedAtUtc = nowUtc;
    }

    public void SaveEnterprise(EnterpriseDetails details, DateTime nowUtc)
    {
        Enterprise = details;
        UpdatedAtUtc = nowUtc;
    }

    public void SaveIdentity(string protectedIdentity, IdentitySummary summary, DateTime nowUtc)
    {
        ProtectedIdentity = protectedIdentity;
        Identity = summary;
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>Freezes the documents due and the rules' version at the first submission; a resubmission keeps both.</summary>
    public void SnapshotRequirements(int rulesVersion, IEnumerable<Requirements.DocumentKind> due)
    {
        if (SubmittedRequirements is null)
        {
            SubmittedRequirements = [.. due];
            RequirementsVersion = rulesVersion;
        }
    }
}
