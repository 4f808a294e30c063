using MerchantPortal.Data;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Workflow;

namespace MerchantPortal.Features.Review;

/// <summary>What a staff action works with: its own context, the tracked application, and who is acting, when.</summary>
public sealed record ReviewContext(PortalDbContext Db, OnboardingApplication Application, string UserId, bool IsAdmin, DateTime NowUtc)
{
    public Actor Actor => new(UserId, Party.Staff);

    /// <summary>What the audit entry records beside the action (ids, codes, reasons; never notes, secrets or ID numbers).</summary>
    public object? AuditDetails { get; set; }

    /// <summary>Set when the change differs from the one asked for (an approval found void): saved and audited under this name.</summary>
    public string? AuditAction { get; set; }

    /// <summary>A refusal to report once the change is saved: what was asked did not happen, but something else did.</summary>
    public string? RefusalAfterSave { get; set; }
}
