namespace MerchantPortal.Data;

/// <summary>
/// Fills the dashboard's columns (migration Dashboard) for the applications that existed before it, from their
/// history — what <c>OnboardingApplication</c> now records as it moves. A migration's SQL never changes once released.
/// </summary>
public static class DashboardBackfill
{
    public const string Sql = """
        UPDATE "Applications" SET
            "StateEnteredAtUtc" = COALESCE((SELECT MAX(t."AtUtc") FROM "ApplicationTransitions" t WHERE t."ApplicationId" = "Applications"."Id"), "CreatedAtUtc"),
            "StartedOn" = date("CreatedAtUtc", '+8 hours'),
            "FirstSubmittedAtUtc" = (SELECT MIN(t."AtUtc") FROM "ApplicationTransitions" t WHERE t."ApplicationId" = "Applications"."Id" AND t."Trigger" = 5),
            "Stage" = COALESCE((SELECT MAX(CASE WHEN t."To" BETWEEN 1 AND 5 THEN t."To" WHEN t."To" IN (6, 7, 8) THEN 5 WHEN t."To" IN (9, 12) THEN 6 ELSE 0 END)
                FROM "ApplicationTransitions" t WHERE t."ApplicationId" = "Applications"."Id"), 0);

        UPDATE "Applications" SET ("Decision", "DecidedAtUtc") = (
            SELECT t."To", t."AtUtc" FROM "ApplicationTransitions" t
            WHERE t."ApplicationId" = "Applications"."Id" AND t."To" IN (9, 10) ORDER BY t."Id" LIMIT 1);
        UPDATE "Applications" SET "FirstSubmittedOn" = date("FirstSubmittedAtUtc", '+8 hours'), "DecidedOn" = date("DecidedAtUtc", '+8 hours');
        UPDATE "Applications" SET "DecisionMinutes" = CAST(ROUND((julianday("DecidedAtUtc") - julianday("FirstSubmittedAtUtc")) * 1440) AS INTEGER)
        WHERE "DecidedAtUtc" IS NOT NULL AND "FirstSubmittedAtUtc" IS NOT NULL;

        UPDATE "Applications" SET "Stage" = 7 WHERE "Stage" < 7 AND EXISTS (
            SELECT 1 FROM "PlatformEnrollments" e JOIN "EnrollmentTransitions" t ON t."EnrollmentId" = e."Id"
            WHERE e."ApplicationId" = "Applications"."Id" AND t."To" = 1);
        UPDATE "Applications" SET "LiveAtUtc" = (
            SELECT MIN(t."AtUtc") FROM "PlatformEnrollments" e JOIN "EnrollmentTransitions" t ON t."EnrollmentId" = e."Id"
            WHERE e."ApplicationId" = "Applications"."Id" AND t."To" = 3);
        UPDATE "Applications" SET "Stage" = 8, "LiveOn" = date("LiveAtUtc", '+8 hours'),
            "SignUpToLiveMinutes" = (SELECT CAST(ROUND((julianday("Applications"."LiveAtUtc") - julianday(o."CreatedAtUtc")) * 1440) AS INTEGER)
                FROM "Organizations" o WHERE o."Id" = "Applications"."OrganizationId")
        WHERE "LiveAtUtc" IS NOT NULL;

        UPDATE "Applications" SET
            "DeclaredSubjectType" = (SELECT p."Enterprise_SubjectType" FROM "ApplicationProfiles" p WHERE p."ApplicationId" = "Applications"."Id"),
            "DeclaredIndustry" = (SELECT p."Enterprise_Industry" FROM "ApplicationProfiles" p WHERE p."ApplicationId" = "Applications"."Id"),
            "DeclaredPlatforms" = (SELECT '|' || (SELECT group_concat(j."value", '|' ORDER BY j."value") FROM json_each(p."Platforms_PlatformCodes") j) || '|'
                FROM "ApplicationProfiles" p WHERE p."ApplicationId" = "Applications"."Id" AND p."Platforms_PlatformCodes" IS NOT NULL);
        """;
}
