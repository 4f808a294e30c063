namespace MerchantPortal.Data;

/// <summary>
/// The review queue reads one page of up to 100,000 cases by state, sorted and filtered on the listing. This
/// index holds every column the queue filters, sorts and shows, so SQLite answers from the index alone
/// (docs/decisions/0007-review-queue-index.md). Any migration that rebuilds the Applications table must recreate it.
/// </summary>
public static class ReviewQueueIndex
{
    public const string Name = "IX_Applications_ReviewQueue";

    /// <summary>The index as the ReviewQueue migration created it: a migration's SQL never changes once released.</summary>
    public const string CreateWithoutRisk = $"""
        CREATE INDEX "{Name}" ON "Applications" (
            "State", "SlaDueAtUtc", "Id", "SubmittedAtUtc", "AssigneeUserId", "ReviewRound",
            "Listing_SubjectType", "Listing_Industry", "Listing_Platforms", "Listing_CreditCode", "Listing_LegalName");
        """;

    /// <summary>The current index, since the RiskChecks migration: the queue shows and filters the risk level too.</summary>
    public const string Create = $"""
        CREATE INDEX "{Name}" ON "Applications" (
            "State", "SlaDueAtUtc", "Id", "SubmittedAtUtc", "AssigneeUserId", "ReviewRound", "Risk",
            "Listing_SubjectType", "Listing_Industry", "Listing_Platforms", "Listing_CreditCode", "Listing_LegalName");
        """;

    public const string Drop = $"""DROP INDEX IF EXISTS "{Name}";""";
}
