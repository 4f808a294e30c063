using MerchantPortal.Domain.Documents;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Requirements;
using MerchantPortal.Domain.Review;
using MerchantPortal.Features.Onboarding;

namespace MerchantPortal.Features.Review;

/// <summary>A case as staff see it: the data as submitted, every document version with its decisions, the rounds, and what changed.</summary>
public sealed record ReviewCase(
    Guid ApplicationId,
    string OrganizationName,
    ApplicationState State,
    int Round,
    DateTime SubmittedAtUtc,
    DateTime SlaDueAtUtc,
    SlaReading Sla,
    string? AssigneeUserId,
    string? AssigneeName,
    bool IsAdmin,
    IReadOnlyList<string> PlatformCodes,
    EnterpriseDetails Enterprise,
    IdentitySummary Identity,
    IReadOnlyList<ReviewCase.Document> Documents,
    IReadOnlyList<ReviewCase.Request> Requests,
    ReviewCase.Changes? SinceLastRound,
    IReadOnlyList<ApplicationOverview.HistoryEntry> History,
    ReviewCase.Risk? RiskAssessed,
    ReviewCase.Approval? PendingApproval,
    ReviewCase.RulesVersion? Rules,
    Guid CaseVersion)
{
    public bool MayDecide(string userId) => State == ApplicationState.InReview && (AssigneeUserId == userId || IsAdmin);

    /// <summary>Anyone on the staff but the approval's maker may confirm it or send it back (four-eyes).</summary>
    public bool MayConfirm(string userId) => PendingApproval is { } approval && approval.ByUserId != userId;

    public bool AllDocumentsApproved => Documents.All(d => d.Versions.FirstOrDefault()?.Status == DocumentStatus.Approved);

    public sealed record Document(DocumentKind Kind, IReadOnlyList<Version> Versions);

    public sealed record Version(Guid Id, int Number, string OriginalName, string ContentType, long Size, string Sha256, DateTime UploadedAtUtc,
        DocumentStatus Status, IReadOnlyList<Decision> Decisions);

    public sealed record Decision(bool Approved, string? Reason, string? ApplicantMessage, string? InternalNote, string ReviewerName, DateTime AtUtc);

    public sealed record Request(int Round, IReadOnlyList<ReviewField> Fields, IReadOnlyList<DocumentKind> Documents, string Message, string ByName, DateTime AtUtc);

    public sealed record Changes(int FromRound, IReadOnlyList<FieldChange> Fields, IReadOnlyList<DocumentKind> NewDocumentVersions);

    public sealed record FieldChange(ReviewField Field, string Before, string After);

    /// <summary>The latest run of the risk checks (none for a case submitted before the checks existed, until its next decision).</summary>
    public sealed record Risk(RiskLevel Level, RiskOccasion Occasion, DateTime AtUtc, IReadOnlyList<RiskFinding> Findings);

    /// <summary>The version of the requirement rules the documents due were computed from at the first submission.</summary>
    public sealed record RulesVersion(int Number, DateTime PublishedAtUtc);

    /// <summary>An approval awaiting a second person's confirmation.</summary>
    public sealed record Approval(string ByUserId, string ByName, DateTime AtUtc);
}
