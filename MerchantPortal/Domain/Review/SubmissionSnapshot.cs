namespace MerchantPortal.Domain.Review;

/// <summary>One round's <see cref="SubmittedData"/>, stored as JSON beside the application.</summary>
public sealed class SubmissionSnapshot
{
    private SubmissionSnapshot()
    {
    }

    public SubmissionSnapshot(Guid applicationId, int round, string dataJson, DateTime nowUtc)
    {
        ApplicationId = applicationId;
        Round = round;
        DataJson = dataJson;
        SubmittedAtUtc = nowUtc;
    }

    public Guid ApplicationId { get; private set; }

    public int Round { get; private set; }

    public string DataJson { get; private set; } = "";

    public DateTime SubmittedAtUtc { get; private set; }
}
