using System.Text.Encodings.Web;
using System.Text.Unicode;
using MerchantPortal.Data;
using MerchantPortal.Infrastructure.Live;
using MerchantPortal.Domain.Notifications;
using MerchantPortal.Infrastructure.Email;
using MerchantPortal.Infrastructure.Localization;
using MerchantPortal.Infrastructure.Settings;
using MerchantPortal.Resources;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MerchantPortal.Features.Notifications;

/// <summary>
/// Sends notifications by email from the table, as an outbox: woken when notifications are made and every minute
/// anyway, each in its recipient's language; a failed send is retried on the next pass, up to
/// <see cref="Notification.MaxEmailAttempts"/> times. The action that made a notification never waits for mail.
/// </summary>
public sealed class NotificationMailer(
    IDbContextFactory<PortalDbContext> dbFactory, IEmailTransport transport, SettingsStore settings, IOptions<EmailOptions> options, IServer server,
    TimeProvider clock, ILogger<NotificationMailer> logger) : BackgroundService
{
    private const int BatchSize = 50;

    // Chinese stays readable in the message source; markup characters are still encoded.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly WakeSignal wake = new();
    private readonly SemaphoreSlim sending = new(1, 1);

    public void Wake() => wake.Wake();

    /// <returns>How many emails went out.</returns>
    public async Task<int> SendPendingAsync(CancellationToken cancellationToken = default)
    {
        await sending.WaitAsync(cancellationToken);
        try
        {
            if (!await settings.GetAsync(NotificationSettings.EmailEnabled))
            {
                return 0;
            }

            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            var pending = await db.Notifications
                .Where(n => n.EmailedAtUtc == null && n.EmailAttempts < Notification.MaxEmailAttempts && (n.NextEmailAttemptAtUtc == null || n.NextEmailAttemptAtUtc <= now))
                .OrderBy(n => n.Id).Take(BatchSize).ToListAsync(cancellationToken);
            var ids = pending.Select(n => n.RecipientUserId).Distinct().ToList();
            var people = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => new { u.Email, u.PreferredCulture }, cancellationToken);
            var sent = 0;
            foreach (var notification in pending)
            {
                if (people.GetValueOrDefault(notification.RecipientUserId) is not { Email: { } email } person)
                {
                    notification.EmailFailed(now);
                    continue;
                }

                try
                {
                    await transport.SendAsync(PortalCultures.With(person.PreferredCulture, () => Compose(email, notification)), cancellationToken);
                    notification.Emailed(clock.GetUtcNow().UtcDateTime);
                    sent++;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    notification.EmailFailed(now);
                    logger.LogWarning(e, "Emailing notification {NotificationId} failed (attempt {Attempt}).", notification.Id, notification.EmailAttempts);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            return sent;
        }
        finally
        {
            sending.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await SendPendingAsync(stoppingToken) == BatchSize)
                {
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The portal keeps running without mail; the next pass tries again.
                logger.LogWarning(e, "The notification mailer's pass failed; it tries again shortly.");
            }

            try
            {
                await wake.WaitAsync(TimeSpan.FromMinutes(1), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private EmailMessage Compose(string email, Notification notification)
    {
        var (title, body) = NotificationRenderer.Render(notification.Kind, notification.Arguments);
        var link = PortalUrl().TrimEnd('/') + notification.Link;
        var html = Html;
        return new EmailMessage(email, title,
            $"<p>{html.Encode(body)}</p><p><a href=\"{html.Encode(link)}\">{html.Encode(NotificationText.Open)}</a></p>"
            + $"<p style=\"color:#777\">{html.Encode(string.Format(NotificationText.EmailFooter, PortalUrl()))}</p>");
    }

    private string PortalUrl() =>
        options.Value.PortalUrl is { Length: > 0 } configured ? configured
            : server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost";
}
