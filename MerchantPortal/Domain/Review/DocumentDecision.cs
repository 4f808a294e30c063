using MerchantPortal.Domain.Onboarding;

namespace MerchantPortal.Domain.Review;

/// <summary>
/// One reviewer's decision on one document version; append-only, so every decision stays on record.
/// <see cref="InternalNote"/> is for staff only: nothing the applicant can reach ever reads it. It keeps what the
/// application declared when the decision was taken, so the dashboard's reasons of refusal filter without a join.
/// </summary>
public sealed class DocumentDecision : IDeclared
{
    private DocumentDecision()
    {
    }

    public DocumentDecision(Guid documentId, Guid applicationId, IDeclared application, int round, bool approved, string? reasonCode, string? applicantMessage,
        string? internalNote, string reviewerUserId, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        DocumentId = documentId;
        ApplicationId = applicationId;
        DeclaredPlatforms = application.DeclaredPlatforms;
        DeclaredSubjectType = application.DeclaredSubjectType;
        DeclaredIndustry = application.DeclaredIndustry;
        Round = round;
        Approved = approved;
        ReasonCode = reasonCode;
        ApplicantMessage = Blank(applicantMessage);
        InternalNote = Blank(internalNote);
        ReviewerUserId = reviewerUserId;
        DecidedAtUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public Guid DocumentId { get; private set; }

    public Guid ApplicationId { get; private set; }

    public string? DeclaredPlatforms { get; private set; }

    public SubjectType? DeclaredSubjectType { get; private set; }

    public Industry? DeclaredIndustry { get; private set; }

    public int Round { get; private set; }

    public bool Approved { get; private set; }

    public string? ReasonCode { get; private set; }

    public string? ApplicantMessage { get; private set; }

    public string? InternalNote { get; private set; }

    public string ReviewerUserId { get; private set; } = "";

    public DateTime DecidedAtUtc { get; private set; }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
