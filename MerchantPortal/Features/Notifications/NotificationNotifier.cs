using MerchantPortal.Infrastructure.Live;

namespace MerchantPortal.Features.Notifications;

/// <summary>These people have new or newly read notifications: their bells update.</summary>
public sealed class NotificationNotifier(ILogger<NotificationNotifier> logger) : CircuitBroadcast<IReadOnlyCollection<string>>(logger);
