using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Requirements;

namespace MerchantPortal.Domain.Review;

/// <summary>
/// What a reviewer sent back in one round: the fields and documents to fix, and a message. Only these
/// may change before the applicant resubmits; everything else stays as it was reviewed.
/// </summary>
public sealed class ChangeRequest
{
    private ChangeRequest()
    {
    }

    public ChangeRequest(Guid applicationId, int round, IReadOnlyCollection<ReviewField> fields, IReadOnlyCollection<DocumentKind> documents,
        string message, string requestedByUserId, DateTime nowUtc)
    {
        if (fields.Count == 0 && documents.Count == 0)
        {
            throw new DomainException(DomainErrors.NothingRequested);
        }

        Id = Guid.NewGuid();
        ApplicationId = applicationId;
        Round = round;
        Fields = [.. fields.Distinct().Order()];
        Documents = [.. documents.Distinct().Order()];
        Message = message.Trim();
        RequestedByUserId = requestedByUserId;
        RequestedAtUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    /// <summary>The review round (submission number) the request was made in.</summary>
    public int Round { get; private set; }

    public List<ReviewField> Fields { get; private set; } = [];

    public List<DocumentKind> Documents { get; private set; } = [];

    public string Message { get; private set; } = "";

    public string RequestedByUserId { get; private set; } = "";

    public DateTime RequestedAtUtc { get; private set; }

    public bool Unlocks(ReviewField field) => Fields.Contains(field);

    public bool Unlocks(DocumentKind kind) => Documents.Contains(kind);

    /// <summary>Refuses a save that changed a field the request did not list.</summary>
    public void EnsureOnlyListed(IEnumerable<ReviewField> changed)
    {
        foreach (var field in changed.Where(f => !Unlocks(f)))
        {
            throw new DomainException(DomainErrors.FieldLocked, field);
        }
    }

    /// <summary>Whether the applicant may touch <paramref name="step"/> (and, for the documents step, <paramref name="kind"/>).</summary>
    public bool Unlocks(WizardStep step, DocumentKind? kind = null) => step == WizardStep.Documents
        ? kind is { } one ? Unlocks(one) : Documents.Count > 0
        : Fields.Any(f => ReviewFields.StepOf(f) == step);
}
