namespace MerchantPortal.Features.Review;

public sealed record ReviewQueuePage(IReadOnlyList<ReviewQueueRow> Rows, int Total);
