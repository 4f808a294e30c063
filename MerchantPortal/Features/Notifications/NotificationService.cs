using MerchantPortal.Data;
using MerchantPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Notifications;

/// <summary>
/// The notification centre: creates notifications (once per reminder key), wakes the mailer, updates open bells;
/// and lets each person read and mark only their own.
/// </summary>
public sealed class NotificationService(IDbContextFactory<PortalDbContext> dbFactory, NotificationNotifier notifier, NotificationMailer mailer, TimeProvider clock)
{
    public async Task NotifyAsync(IEnumerable<string> recipients, NotificationKind kind, Guid? applicationId, string link,
        IReadOnlyDictionary<string, string> arguments, string? dedupKey = null)
    {
        var people = recipients.Distinct().ToList();
        await using var db = await dbFactory.CreateDbContextAsync();
        if (dedupKey is not null)
        {
            var told = await db.Notifications.Where(n => n.DedupKey == dedupKey && people.Contains(n.RecipientUserId)).Select(n => n.RecipientUserId).ToListAsync();
            people.RemoveAll(told.Contains);
        }

        if (people.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.Notifications.AddRange(people.Select(p => new Notification(p, kind, applicationId, link, arguments, now, dedupKey)));
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException) when (dedupKey is not null)
        {
            // Another run gave the same reminder at the same moment: it has been given.
            return;
        }

        notifier.Publish(people);
        mailer.Wake();
    }

    public async Task<IReadOnlyList<NotificationView>> LatestAsync(string userId, int take = 20)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var rows = await db.Notifications.AsNoTracking().Where(n => n.RecipientUserId == userId).OrderByDescending(n => n.Id).Take(take).ToListAsync();
        return [.. rows.Select(n =>
        {
            var (title, body) = NotificationRenderer.Render(n.Kind, n.Arguments);
            return new NotificationView(n.Id, title, body, n.Link, n.CreatedAtUtc, n.IsRead);
        })];
    }

    public async Task<int> UnreadCountAsync(string userId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Notifications.CountAsync(n => n.RecipientUserId == userId && n.ReadAtUtc == null);
    }

    /// <summary>Marks one of the user's own notifications read; anyone else's id changes nothing.</summary>
    public async Task MarkReadAsync(string userId, long notificationId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        if (await db.Notifications.Where(n => n.Id == notificationId && n.RecipientUserId == userId && n.ReadAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAtUtc, now)) > 0)
        {
            notifier.Publish([userId]);
        }
    }

    public async Task MarkAllReadAsync(string userId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Notifications.Where(n => n.RecipientUserId == userId && n.ReadAtUtc == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAtUtc, now));
        notifier.Publish([userId]);
    }
}
