using MerchantPortal.Infrastructure.Live;

namespace MerchantPortal.Features.Review;

/// <summary>An application moved (submitted, claimed, decided, withdrawn, messaged): queues, cases and status cards refresh.</summary>
public sealed class ReviewQueueNotifier(ILogger<ReviewQueueNotifier> logger) : CircuitBroadcast<Guid>(logger);
