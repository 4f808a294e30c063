namespace MerchantPortal.Domain.Requirements;

/// <summary>
/// One published version of the requirement rules: when, and by whom (none for the defaults the portal seeds). The
/// rules themselves are the <see cref="RequirementRule"/> rows carrying its number; a version is never changed.
/// </summary>
public sealed class RequirementVersion
{
    private RequirementVersion()
    {
    }

    public RequirementVersion(int version, DateTime publishedAtUtc, string? publishedByUserId)
    {
        Version = version;
        PublishedAtUtc = publishedAtUtc;
        PublishedByUserId = publishedByUserId;
    }

    public int Version { get; private set; }

    public DateTime PublishedAtUtc { get; private set; }

    public string? PublishedByUserId { get; private set; }
}
