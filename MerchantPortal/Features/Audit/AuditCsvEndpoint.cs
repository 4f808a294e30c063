using System.Globalization;
using MerchantPortal.Infrastructure.Authorization;
using MerchantPortal.Infrastructure.Csv;

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

    private static async Task<IResult> Export(DateOnly? from, DateOnly? to, string? action, string? actor, string? subject, HttpContext context, AuditLogService audit)
    {
        var query = new AuditLogQuery { From = from, To = to, Action = action, ActorEmail = actor, SubjectId = subject };
        var name = $"audit-{DateTime.UtcNow:yyyyMMdd-HHmmss}.csv";
        context.Response.Headers[CsvFiles.TotalRowsHeader] = (await audit.CountAsync(context.User.UserId(), query, context.RequestAborted)).ToString(CultureInfo.InvariantCulture);
        return Results.Stream(stream => audit.WriteCsvAsync(context.User.UserId(), query, stream, context.RequestAborted), CsvFiles.ContentType, name);
    }
}
