using MerchantPortal.Infrastructure.Documents;

namespace MerchantPortal.Features.Documents;

public sealed record UploadOutcome(UploadProblem Problem, Guid? DocumentId = null);
