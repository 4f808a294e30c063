namespace MerchantPortal.Domain.Onboarding;

/// <summary>
/// A step's unsaved, unvalidated fields, autosaved as the applicant types so a reload, another device or a
/// restart resumes with everything typed. The content is encrypted: drafts may hold ID or account numbers.
/// </summary>
public sealed class WizardDraft
{
    private WizardDraft()
    {
    }

    public WizardDraft(Guid applicationId, WizardStep step) => (ApplicationId, Step) = (applicationId, step);

    public Guid ApplicationId { get; private set; }

    public WizardStep Step { get; private set; }

    public string ProtectedContent { get; private set; } = "";

    public DateTime SavedAtUtc { get; private set; }

    public void Replace(string protectedContent, DateTime nowUtc)
    {
        ProtectedContent = protectedContent;
        SavedAtUtc = nowUtc;
    }
}
