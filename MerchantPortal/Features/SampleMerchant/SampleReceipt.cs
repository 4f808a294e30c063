namespace MerchantPortal.Features.SampleMerchant;

/// <summary>A notification the sample merchant receiver accepted, kept so that a replay is recognised and acknowledged without being processed twice.</summary>
public sealed class SampleReceipt
{
    public const int MaxNotificationIdLength = 64;

    private SampleReceipt()
    {
    }

    public SampleReceipt(Guid credentialsId, string notificationId, string summary, DateTime receivedAtUtc)
    {
        CredentialsId = credentialsId;
        NotificationId = notificationId;
        Summary = summary.Length <= 200 ? summary : summary[..200];
        ReceivedAtUtc = receivedAtUtc;
    }

    public long Id { get; private set; }

    public Guid CredentialsId { get; private set; }

    /// <summary>Alipay's <c>notify_id</c>, WeChat Pay's notification <c>id</c>.</summary>
    public string NotificationId { get; private set; } = "";

    /// <summary>What the notification said (trade and status), for the reader of the sample's log.</summary>
    public string Summary { get; private set; } = "";

    public DateTime ReceivedAtUtc { get; private set; }
}
