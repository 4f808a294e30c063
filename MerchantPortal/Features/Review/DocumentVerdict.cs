namespace MerchantPortal.Features.Review;

/// <summary>A reviewer's decision on a document as the decision panel sends it.</summary>
public sealed class DocumentVerdict
{
    public bool Approved { get; set; }

    public string? ReasonCode { get; set; }

    /// <summary>Shown to the applicant beside the reason.</summary>
    public string? ApplicantMessage { get; set; }

    /// <summary>For staff only.</summary>
    public string? InternalNote { get; set; }

    /// <summary>The case's version the reviewer decided on; a decision over a case someone changed since is a conflict.</summary>
    public Guid? SeenVersion { get; set; }
}
