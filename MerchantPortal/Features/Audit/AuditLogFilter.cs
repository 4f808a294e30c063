using Microsoft.AspNetCore.WebUtilities;

namespace MerchantPortal.Features.Audit;

/// <summary>The filter bar's fields: the query for each page the table asks for, and the same filters on the CSV link.</summary>
public sealed class AuditLogFilter
{
    public DateTime? From { get; set; }

    public DateTime? To { get; set; }

    public string? Action { get; set; }

    public string? ActorEmail { get; set; }

    public string? SubjectId { get; set; }

    public AuditLogQuery ToQuery(int page = 0, int pageSize = 50) => new()
    {
        From = From is { } from ? DateOnly.FromDateTime(from) : null,
        To = To is { } to ? DateOnly.FromDateTime(to) : null,
        Action = Action,
        ActorEmail = ActorEmail,
        SubjectId = SubjectId,
        Page = page,
        PageSize = pageSize,
    };

    public string CsvUrl()
    {
        var query = ToQuery();
        var parameters = new Dictionary<string, string?>
        {
            ["from"] = query.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["to"] = query.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["action"] = query.Action,
            ["actor"] = query.ActorEmail,
            ["subject"] = query.SubjectId,
        };
        return QueryHelpers.AddQueryString(AuditCsvEndpoint.Path, parameters.Where(p => !string.IsNullOrWhiteSpace(p.Value)));
    }
}
