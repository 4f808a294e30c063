using System.Text.Json;

namespace MerchantPortal.Domain.Notifications;

/// <summary>
/// One notification for one person: shown in the portal's notification centre, and sent once by email (an
/// outbox: the mailer retries until it is sent or gives up). Text is rendered from <see cref="Kind"/> and
/// <see cref="Arguments"/> in the reader's language, so the same row reads right in Chinese and in English.
/// </summary>
public sealed class Notification
{
    public const int MaxEmailAttempts = 5;

    private Notification()
    {
    }

    public Notification(string recipientUserId, NotificationKind kind, Guid? applicationId, string link, IReadOnlyDictionary<string, string> arguments,
        DateTime nowUtc, string? dedupKey = null)
    {
        RecipientUserId = recipientUserId;
        Kind = kind;
        ApplicationId = applicationId;
        Link = link;
        ArgumentsJson = JsonSerializer.Serialize(arguments);
        CreatedAtUtc = nowUtc;
        DedupKey = dedupKey;
    }

    public long Id { get; private set; }

    public string RecipientUserId { get; private set; } = "";

    public NotificationKind Kind { get; private set; }

    public Guid? ApplicationId { get; private set; }

    /// <summary>The portal page that deals with it, as a path (<c>/review/cases/…</c>, <c>/onboarding</c>).</summary>
    public string Link { get; private set; } = "/";

    /// <summary>Names, states and dates the text is made from; never secrets or ID numbers.</summary>
    public string ArgumentsJson { get; private set; } = "{}";

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? ReadAtUtc { get; private set; }

    /// <summary>A reminder's identity (e.g. one per case, round and level), so a schedule that runs again never repeats it.</summary>
    public string? DedupKey { get; private set; }

    public DateTime? EmailedAtUtc { get; private set; }

    public int EmailAttempts { get; private set; }

    /// <summary>After a failed send, not before this: waits of 1, 2, 4, 8 minutes ride out a mail server's short outage.</summary>
    public DateTime? NextEmailAttemptAtUtc { get; private set; }

    public IReadOnlyDictionary<string, string> Arguments => JsonSerializer.Deserialize<Dictionary<string, string>>(ArgumentsJson) ?? [];

    public bool IsRead => ReadAtUtc is not null;

    public void MarkRead(DateTime nowUtc) => ReadAtUtc ??= nowUtc;

    public void Emailed(DateTime nowUtc)
    {
        EmailAttempts++;
        EmailedAtUtc = nowUtc;
    }

    public void EmailFailed(DateTime nowUtc)
    {
        EmailAttempts++;
        NextEmailAttemptAtUtc = nowUtc.AddMinutes(Math.Pow(2, EmailAttempts - 1));
    }
}
