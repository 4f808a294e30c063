namespace MerchantPortal.Domain.Review;

/// <summary>A plain-text message in an application's thread between its organization and the reviewers.</summary>
public sealed class CaseMessage
{
    public const int MaxLength = 2000;

    private CaseMessage()
    {
    }

    public CaseMessage(Guid applicationId, string authorUserId, bool fromStaff, string body, DateTime nowUtc)
    {
        var text = body.Trim();
        if (text.Length is 0 or > MaxLength)
        {
            throw new DomainException(DomainErrors.MessageInvalid, MaxLength);
        }

        Id = Guid.NewGuid();
        ApplicationId = applicationId;
        AuthorUserId = authorUserId;
        FromStaff = fromStaff;
        Body = text;
        SentAtUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    public string AuthorUserId { get; private set; } = "";

    /// <summary>Staff messages show the portal's name to the applicant, not the reviewer's.</summary>
    public bool FromStaff { get; private set; }

    public string Body { get; private set; } = "";

    public DateTime SentAtUtc { get; private set; }
}
