using MerchantPortal.Domain.Platforms;

namespace MerchantPortal.Domain.Review;

/// <summary>A reason code a reviewer picks when rejecting a document, with its text in both languages.</summary>
/// <param name="RequiresExplanation">The reason says nothing by itself ("other"): the reviewer must write to the applicant.</param>
/// <param name="Retired">No longer offered to reviewers; kept so decisions made with it still read in words.</param>
public sealed record RejectionReason(string Code, LocalizedText Text, bool RequiresExplanation = false, bool Retired = false);
