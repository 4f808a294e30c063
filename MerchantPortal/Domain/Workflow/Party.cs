namespace MerchantPortal.Domain.Workflow;

/// <summary>Who may fire a trigger: the organization's own people, the service provider's staff, or the portal itself (a test run's verdict).</summary>
public enum Party
{
    Applicant,
    Staff,
    System,
}
