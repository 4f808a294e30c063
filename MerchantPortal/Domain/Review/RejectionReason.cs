using MerchantPortal.Domain.Platforms;

namespace MerchantPortal.Domain.Review;

/// <summary>A reason code a reviewer picks when rejecting a document, with its text in both languages.</summary>
public sealed record RejectionReason(string Code, LocalizedText Text);
