namespace MerchantPortal.Domain.Workflow;

/// <summary>Who may fire a trigger: the organization's own people, or the service provider's staff.</summary>
public enum Party
{
    Applicant,
    Staff,
}
