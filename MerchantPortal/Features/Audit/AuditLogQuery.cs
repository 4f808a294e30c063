namespace MerchantPortal.Features.Audit;

/// <summary>Which audit entries to show or export; every filter is optional.</summary>
public sealed record AuditLogQuery
{
    public const int MaxPageSize = 200;

    /// <summary>Days in China time, both inclusive.</summary>
    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>An action (<c>review.approve</c>) or a family of them (<c>review.</c>).</summary>
    public string? Action { get; init; }

    /// <summary>The actor's email address.</summary>
    public string? ActorEmail { get; init; }

    /// <summary>The subject's id: an application, a document or an account.</summary>
    public string? SubjectId { get; init; }

    public int Page { get; init; }

    public int PageSize { get; init; } = 50;
}
