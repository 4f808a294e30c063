using MerchantPortal.Domain.Platforms;
using MerchantPortal.Domain.Review;

namespace MerchantPortal.Features.Settings;

/// <summary>A rejection reason as the add and edit dialog sends it. Its code is its identity: fixed once created.</summary>
public sealed class RejectionReasonInput
{
    public string Code { get; set; } = "";

    public string Zh { get; set; } = "";

    public string En { get; set; } = "";

    public bool RequiresExplanation { get; set; }

    /// <summary>Adding, not editing: only a new code is checked for its form and against the codes in use.</summary>
    public bool IsNew { get; set; }

    /// <summary>The codes in use; the service sets them from the store before validating, whatever the caller sent.</summary>
    public IReadOnlyCollection<string> TakenCodes { get; set; } = [];

    public static RejectionReasonInput From(RejectionReason reason) => new()
    {
        Code = reason.Code,
        Zh = reason.Text.Zh,
        En = reason.Text.En,
        RequiresExplanation = reason.RequiresExplanation,
    };

    public RejectionReason ToReason(bool retired) => new(Code, new LocalizedText(Zh.Trim(), En.Trim()), RequiresExplanation, retired);
}
