using MerchantPortal.Domain.Requirements;

namespace MerchantPortal.Features.Requirements;

/// <summary>The documents due for an application and the version of the rules they come from (null for a set frozen before versions were recorded).</summary>
public sealed record DueDocuments(int? Version, IReadOnlyList<DocumentKind> Documents);
