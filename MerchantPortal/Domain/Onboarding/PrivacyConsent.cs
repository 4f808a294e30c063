namespace MerchantPortal.Domain.Onboarding;

/// <summary>
/// A separate consent to processing sensitive personal information (ID numbers and images, bank details),
/// as PIPL requires: who gave it, when, for which application, under which version of the notice.
/// </summary>
public sealed class PrivacyConsent
{
    private PrivacyConsent()
    {
    }

    public PrivacyConsent(Guid applicationId, string userId, string noticeVersion, DateTime atUtc)
    {
        Id = Guid.NewGuid();
        ApplicationId = applicationId;
        UserId = userId;
        NoticeVersion = noticeVersion;
        AtUtc = atUtc;
    }

    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    public string UserId { get; private set; } = "";

    public string NoticeVersion { get; private set; } = "";

    public DateTime AtUtc { get; private set; }
}
