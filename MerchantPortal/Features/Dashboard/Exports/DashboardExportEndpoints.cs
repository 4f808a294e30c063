using System.Globalization;
using FluentValidation;
using MerchantPortal.Domain;
using MerchantPortal.Infrastructure.Authorization;
using MerchantPortal.Infrastructure.Csv;
using MerchantPortal.Infrastructure.Localization;
using MerchantPortal.Infrastructure.Pdf;

namespace MerchantPortal.Features.Dashboard.Exports;

/// <summary>
/// The dashboard's files, admins only, for the filter in the query string (the same one the dashboard's URL
/// carries). A CSV says its row count in a header before streaming, so the page shows how far the download is.
/// </summary>
public static class DashboardExportEndpoints
{
    public const string ApplicationsPath = "/api/dashboard/applications.csv";

    public const string DecisionsPath = "/api/dashboard/decisions.csv";

    public const string PeriodReportPath = "/api/dashboard/period.pdf";

    public static IEndpointRouteBuilder MapDashboardExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ApplicationsPath, ApplicationsAsync).RequireAuthorization(PortalPolicies.Admin);
        endpoints.MapGet(DecisionsPath, DecisionsAsync).RequireAuthorization(PortalPolicies.Admin);
        endpoints.MapGet(PeriodReportPath, PeriodReportAsync).RequireAuthorization(PortalPolicies.Admin);
        return endpoints;
    }

    private static async Task<IResult> ApplicationsAsync(HttpContext context, DashboardCsv csv, TimeProvider clock)
    {
        var query = context.Request.Query;
        var filter = FilterOf(query, clock);
        var slice = Enum.TryParse<DashboardMetric>(query["metric"], out var metric) && Enum.IsDefined(metric)
            ? new DashboardSlice(metric, query["key"].FirstOrDefault())
            : new DashboardSlice(DashboardMetric.Started);
        var userId = context.User.UserId();
        return await StreamAsync(context, $"applications-{Name(filter)}.csv",
            () => csv.CountApplicationsAsync(userId, filter, slice, context.RequestAborted),
            stream => csv.WriteApplicationsAsync(userId, filter, slice, stream, context.RequestAborted));
    }

    private static async Task<IResult> DecisionsAsync(HttpContext context, DashboardCsv csv, TimeProvider clock)
    {
        var filter = FilterOf(context.Request.Query, clock);
        var userId = context.User.UserId();
        return await StreamAsync(context, $"decisions-{Name(filter)}.csv",
            () => csv.CountDecisionsAsync(userId, filter, context.RequestAborted),
            stream => csv.WriteDecisionsAsync(userId, filter, stream, context.RequestAborted));
    }

    private static async Task<IResult> PeriodReportAsync(HttpContext context, PeriodReportWriter writer, TimeProvider clock)
    {
        var filter = FilterOf(context.Request.Query, clock);
        try
        {
            var pdf = await writer.RenderAsync(context.User.UserId(), filter, context.RequestAborted);
            return Results.File(pdf, "application/pdf", $"period-report-{Name(filter)}.pdf");
        }
        catch (Exception e) when (e is DomainException or ValidationException)
        {
            return Results.BadRequest(ErrorMessages.For(e));
        }
        catch (MissingFontException e)
        {
            // The operator must install or configure a CJK font; the message names it and the setting.
            return Results.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    /// <summary>Refusals (a bad period, not an admin) are answered before the first byte, as a 400 with the reason.</summary>
    private static async Task<IResult> StreamAsync(HttpContext context, string fileName, Func<Task<int>> count, Func<Stream, Task> write)
    {
        try
        {
            context.Response.Headers[CsvFiles.TotalRowsHeader] = (await count()).ToString(CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is DomainException or ValidationException)
        {
            return Results.BadRequest(ErrorMessages.For(e));
        }

        return Results.Stream(write, CsvFiles.ContentType, fileName);
    }

    public static DashboardFilter FilterOf(IQueryCollection query, TimeProvider clock) =>
        DashboardFilter.Parse(query["from"], query["to"], query["platform"], query["subject"], query["industry"],
            DateOnly.FromDateTime(ChinaTime.FromUtc(clock.GetUtcNow().UtcDateTime)));

    public static string Name(DashboardFilter filter) => $"{DashboardFilter.Day(filter.From)}_{DashboardFilter.Day(filter.To)}";
}
