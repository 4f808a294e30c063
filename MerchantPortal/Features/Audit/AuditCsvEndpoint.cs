using MerchantPortal.Infrastructure.Authorization;

namespace MerchantPortal.Features.Audit;

/// <summary>The filtered audit trail as a CSV file, streamed to reviewers and admins (2FA, as for every staff page).</summary>
public static class AuditCsvEndpoint
{
    public const string Path = "/api/audit.csv";

    public static IEndpointRouteBuilder MapAuditCsv(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, Export).RequireAuthorization(PortalPolicies.Staff);
        return endpoints;
    }

    private static IResult Export(DateOnly? from, DateOnly? to, string? action, string? actor, string? subject, HttpContext context, AuditLogService audit)
    {
        var query = new AuditLogQuery { From = from, To = to, Action = action, ActorEmail = actor, SubjectId = subject };
        var name = $"audit-{DateTime.UtcNow:yyyyMMdd-HHmmss}.csv";
        return Results.Stream(stream => audit.WriteCsvAsync(context.User.UserId(), query, stream, context.RequestAborted), "text/csv; charset=utf-8", name);
    }
}
