using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Requirements;
using MerchantPortal.Domain.Review;

namespace MerchantPortal.Domain.Documents;

/// <summary>
/// One uploaded version of a required document. A replacement is a new row with the next version; older
/// versions stay, so the history of what was submitted is never lost. The file itself lives in the
/// document store under <see cref="StoredName"/>, a name the uploader never chose.
/// </summary>
public sealed class ApplicationDocument
{
    private ApplicationDocument()
    {
    }

    public ApplicationDocument(Guid applicationId, DocumentKind kind, int version, string originalName, string contentType,
        long size, string sha256, string storedName, string uploadedByUserId, DateTime uploadedAtUtc)
    {
        Id = Guid.NewGuid();
        ApplicationId = applicationId;
        Kind = kind;
        Version = version;
        OriginalName = originalName;
        ContentType = contentType;
        Size = size;
        Sha256 = sha256;
        StoredName = storedName;
        UploadedByUserId = uploadedByUserId;
        UploadedAtUtc = uploadedAtUtc;
        Status = DocumentStatus.Uploaded;
    }

    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    public DocumentKind Kind { get; private set; }

    public int Version { get; private set; }

    public string OriginalName { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public long Size { get; private set; }

    public string Sha256 { get; private set; } = "";

    public string StoredName { get; private set; } = "";

    public string UploadedByUserId { get; private set; } = "";

    public DateTime UploadedAtUtc { get; private set; }

    public DocumentStatus Status { get; private set; }

    /// <summary>
    /// Records a decision in the application's review round, with what it declares now; the caller touches the application
    /// too, whose concurrency token makes one of two racing decisions lose.
    /// </summary>
    public DocumentDecision Decide(OnboardingApplication application, bool approved, RejectionReason? reason, string? applicantMessage, string? internalNote,
        string reviewerUserId, DateTime nowUtc)
    {
        if (!approved && reason is null)
        {
            throw new DomainException(DomainErrors.DocumentReasonRequired);
        }

        Status = approved ? DocumentStatus.Approved : DocumentStatus.Rejected;
        return new DocumentDecision(Id, ApplicationId, application, application.ReviewRound, approved, approved ? null : reason!.Code, approved ? null : applicantMessage,
            internalNote, reviewerUserId, nowUtc);
    }
}
