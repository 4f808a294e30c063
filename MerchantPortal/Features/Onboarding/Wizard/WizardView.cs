using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Requirements;
using MerchantPortal.Domain.Review;

namespace MerchantPortal.Features.Onboarding.Wizard;

/// <summary>Everything the wizard page needs to resume: the application, what each step saved, and the unsaved drafts.</summary>
public sealed record WizardView(
    Guid ApplicationId,
    ApplicationState State,
    bool IsEditable,
    PlatformChoice? Platforms,
    EnterpriseDetails? Enterprise,
    IdentitySummary? Identity,
    IReadOnlyDictionary<WizardStep, string> DraftJson,
    ChangeRequest? Changes = null)
{
    /// <summary>Whether the step can be saved: anything before submission, afterwards only what the reviewer asked to change.</summary>
    public bool CanEdit(WizardStep step) => IsEditable || Changes?.Unlocks(step) == true;

    public bool CanUpload(DocumentKind kind) => IsEditable || Changes?.Unlocks(kind) == true;

    /// <summary>A field the applicant may not change now (the server refuses it too).</summary>
    public bool Locked(ReviewField field) => !IsEditable && Changes?.Unlocks(field) != true;

    /// <summary>Submitting, or resubmitting after the requested changes.</summary>
    public bool CanSubmit => IsEditable || Changes is not null;

    /// <summary>
    /// The first step not yet completed: where a returning applicant lands. Once submitted that is the API keys
    /// (the go-live tests once approved), unless the reviewer asked for changes.
    /// </summary>
    public WizardStep ResumeStep => ApplicationWorkflow.HasBeenSubmitted(State) && Changes is null
        ? State == ApplicationState.Approved ? WizardStep.GoLiveTests : WizardStep.ApiKeys
        : (WizardStep)Math.Min(ApplicationWorkflow.CompletedWizardSteps(State) + 1, (int)WizardStep.Submit);
}
