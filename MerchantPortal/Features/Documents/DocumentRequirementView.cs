using MerchantPortal.Domain.Documents;
using MerchantPortal.Domain.Requirements;

namespace MerchantPortal.Features.Documents;

/// <summary>One due document with its state and every version uploaded, newest first.</summary>
public sealed record DocumentRequirementView(DocumentKind Kind, DocumentStatus Status, IReadOnlyList<DocumentRequirementView.Version> Versions)
{
    public sealed record Version(Guid Id, int Number, string OriginalName, string ContentType, long Size, DateTime UploadedAtUtc, DocumentStatus Status);
}
