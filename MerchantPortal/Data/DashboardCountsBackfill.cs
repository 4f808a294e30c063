namespace MerchantPortal.Data;

/// <summary>
/// Fills what migration DashboardCounts adds for the data that existed before it: the platforms live now on each
/// application, what the application declares on each document decision (as it declares it now: earlier values were
/// not kept), and the dashboard's counts — the same counts <c>DashboardCountKey.Of</c> gives each application, which a
/// test holds this SQL to. A migration's SQL never changes once released.
/// </summary>
public static class DashboardCountsBackfill
{
    public const string Sql = """
        UPDATE "Applications" SET "LivePlatforms" = live."Codes"
        FROM (SELECT "ApplicationId", '|' || group_concat("PlatformCode", '|' ORDER BY "PlatformCode") || '|' AS "Codes"
              FROM "PlatformEnrollments" WHERE "State" = 3 GROUP BY "ApplicationId") AS live
        WHERE live."ApplicationId" = "Applications"."Id";

        UPDATE "DocumentDecisions" SET ("DeclaredPlatforms", "DeclaredSubjectType", "DeclaredIndustry") = (
            SELECT a."DeclaredPlatforms", a."DeclaredSubjectType", a."DeclaredIndustry" FROM "Applications" a WHERE a."Id" = "DocumentDecisions"."ApplicationId");

        WITH facts("Figure", "Day", "Key", "DeclaredPlatforms", "DeclaredSubjectType", "DeclaredIndustry") AS (
            SELECT 0, "StartedOn", CAST("Stage" AS TEXT), "DeclaredPlatforms", "DeclaredSubjectType", "DeclaredIndustry" FROM "Applications"
            UNION ALL
            SELECT 1, "FirstSubmittedOn", '', "DeclaredPlatforms", "DeclaredSubjectType", "DeclaredIndustry" FROM "Applications"
            WHERE "FirstSubmittedOn" IS NOT NULL
            UNION ALL
            SELECT CASE "Decision" WHEN 9 THEN 2 ELSE 3 END, "DecidedOn", '', "DeclaredPlatforms", "DeclaredSubjectType", "DeclaredIndustry" FROM "Applications"
            WHERE "DecidedOn" IS NOT NULL AND "Decision" IS NOT NULL
            UNION ALL
            SELECT 4, a."FirstSubmittedOn", j."value", a."DeclaredPlatforms", a."DeclaredSubjectType", a."DeclaredIndustry"
            FROM "Applications" a, json_each('["' || replace(substr(a."DeclaredPlatforms", 2, length(a."DeclaredPlatforms") - 2), '|', '","') || '"]') j
            WHERE a."FirstSubmittedOn" IS NOT NULL AND a."DeclaredPlatforms" IS NOT NULL
            UNION ALL
            SELECT 5, '0001-01-01', j."value", a."DeclaredPlatforms", a."DeclaredSubjectType", a."DeclaredIndustry"
            FROM "Applications" a, json_each('["' || replace(substr(a."LivePlatforms", 2, length(a."LivePlatforms") - 2), '|', '","') || '"]') j
            WHERE a."LivePlatforms" IS NOT NULL),
        own("Own") AS (SELECT 0 UNION ALL SELECT 1)
        INSERT INTO "DashboardCounts" ("Figure", "Platform", "SubjectType", "Industry", "Day", "Key", "Count")
        SELECT f."Figure", p."value", CASE s."Own" WHEN 0 THEN -1 ELSE f."DeclaredSubjectType" END,
            CASE i."Own" WHEN 0 THEN -1 ELSE f."DeclaredIndustry" END, f."Day", f."Key", COUNT(*)
        FROM facts f
        JOIN json_each('[""' || COALESCE(',"' || replace(substr(f."DeclaredPlatforms", 2, length(f."DeclaredPlatforms") - 2), '|', '","') || '"', '') || ']') p
        JOIN own s ON s."Own" = 0 OR f."DeclaredSubjectType" IS NOT NULL
        JOIN own i ON i."Own" = 0 OR f."DeclaredIndustry" IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5, 6;
        """;
}
