using MerchantPortal.Domain.Documents;
using MerchantPortal.Domain.Enrollments;
using MerchantPortal.Domain.GoLiveRuns;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Requirements;

namespace MerchantPortal.Features.Reports.Dossier;

/// <summary>
/// Everything an onboarding dossier shows, in stored form (codes, UTC times, names): the PDF renders it in the
/// reader's language, and <see cref="DossierCanonicalForm"/> serializes it for the HMAC, so the signature covers
/// the facts rather than one language's wording of them. Lists are in a fixed order (time, then id).
/// Internal review notes are left out: the dossier may be handed to people outside compliance.
/// </summary>
public sealed record DossierContent(
    Guid DossierId,
    DateTime IssuedAtUtc,
    string IssuedBy,
    Guid ApplicationId,
    Guid OrganizationId,
    string OrganizationName,
    ApplicationState State,
    int Round,
    DateTime SubmittedAtUtc,
    IReadOnlyList<string> PlatformCodes,
    Scenes Scenes,
    EnterpriseDetails Enterprise,
    IdentitySummary Identity,
    IReadOnlyList<DossierContent.Document> Documents,
    IReadOnlyList<DossierContent.ApplicationMove> Decisions,
    IReadOnlyList<DossierContent.Enrollment> Enrollments,
    IReadOnlyList<DossierContent.AuditLine> Audit,
    bool AuditTruncated)
{
    /// <summary>One uploaded version of a document and the decisions taken on it.</summary>
    public sealed record Document(DocumentKind Kind, int Version, string FileName, long Size, string Sha256, DateTime UploadedAtUtc,
        DocumentStatus Status, IReadOnlyList<Verdict> Verdicts);

    /// <summary>A reviewer's decision on a document version (the reason as its code, the message the applicant saw).</summary>
    public sealed record Verdict(int Round, bool Approved, string? ReasonCode, string? ApplicantMessage, string Reviewer, DateTime AtUtc);

    /// <summary>A move of the application's state machine: who decided what, when, and why.</summary>
    public sealed record ApplicationMove(ApplicationState? From, ApplicationState To, ApplicationTrigger Trigger, string Actor, DateTime AtUtc, string? Reason);

    public sealed record EnrollmentMove(EnrollmentState? From, EnrollmentState To, EnrollmentTrigger Trigger, string Actor, DateTime AtUtc, string? Reason);

    public sealed record Enrollment(string PlatformCode, EnrollmentState State, IReadOnlyList<EnrollmentMove> History, IReadOnlyList<Run> Runs, Agreement? Agreement);

    public sealed record Run(Guid Id, GoLiveRunMode Mode, string StartedBy, DateTime StartedAtUtc, DateTime? FinishedAtUtc, bool? Green, IReadOnlyList<Check> Checks);

    /// <summary>A check of a run; the finding as its code and arguments, read in the reader's language.</summary>
    public sealed record Check(GoLiveCheckKind Kind, GoLiveCheckStatus Status, string? FindingCode, IReadOnlyList<string> FindingArgs);

    public sealed record Agreement(string Version, string FeeRateZh, string FeeRateEn, string AcceptedBy, DateTime AcceptedAtUtc);

    /// <summary>An audit entry about the application, its enrollments or its documents; its hash ties it to the chain.</summary>
    public sealed record AuditLine(long Id, DateTime AtUtc, string Actor, string Action, string SubjectType, string Hash);
}
