namespace MerchantPortal.Features.Notifications;

/// <summary>A notification as the centre shows it, in the reader's language.</summary>
public sealed record NotificationView(long Id, string Title, string Body, string Link, DateTime CreatedAtUtc, bool IsRead);
