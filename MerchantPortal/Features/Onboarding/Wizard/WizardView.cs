using MerchantPortal.Domain.Onboarding;

namespace MerchantPortal.Features.Onboarding.Wizard;

/// <summary>Everything the wizard page needs to resume: the application, what each step saved, and the unsaved drafts.</summary>
public sealed record WizardView(
    Guid ApplicationId,
    ApplicationState State,
    bool IsEditable,
    PlatformChoice? Platforms,
    EnterpriseDetails? Enterprise,
    IdentitySummary? Identity,
    IReadOnlyDictionary<WizardStep, string> DraftJson)
{
    /// <summary>The first step not yet completed: where a returning applicant lands.</summary>
    public WizardStep ResumeStep => (WizardStep)Math.Min(ApplicationWorkflow.CompletedWizardSteps(State) + 1, (int)WizardStep.Submit);
}
