namespace MerchantPortal.Features.Review;

public sealed record ReviewQueueResult(IReadOnlyList<ReviewQueueRow> Rows, int Total);
