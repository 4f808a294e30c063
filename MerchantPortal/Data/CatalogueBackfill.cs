namespace MerchantPortal.Data;

/// <summary>
/// Fills what migration CatalogueVersions adds for the data that existed before it. Until then only the portal's own
/// seed published rules, so every version found is the defaults' (published by no one; the day is unknown, so the
/// migration's own time stands in), and every frozen set was frozen under the newest version.
/// A migration's SQL never changes once released.
/// </summary>
public static class CatalogueBackfill
{
    public const string Sql = """
        INSERT INTO "RequirementVersions" ("Version", "PublishedAtUtc", "PublishedByUserId")
        SELECT DISTINCT "Version", strftime('%Y-%m-%d %H:%M:%S', 'now'), NULL FROM "RequirementRules";

        UPDATE "ApplicationProfiles" SET "RequirementsVersion" = (SELECT MAX("Version") FROM "RequirementRules")
        WHERE "SubmittedRequirements" IS NOT NULL;
        """;
}
