using MerchantPortal.Domain.Documents;
using MerchantPortal.Domain.Requirements;

namespace MerchantPortal.Features.Documents;

/// <summary>One due document with its state and every version uploaded, newest first.</summary>
public sealed record DocumentRequirementView(DocumentKind Kind, DocumentStatus Status, IReadOnlyList<DocumentRequirementView.Version> Versions)
{
    /// <param name="Rejection">The reviewer's reason and message when this version was rejected; never the internal note.</param>
    public sealed record Version(Guid Id, int Number, string OriginalName, string ContentType, long Size, DateTime UploadedAtUtc, DocumentStatus Status,
        RejectionNotice? Rejection = null);

    public sealed record RejectionNotice(string Reason, string? Message);
}
