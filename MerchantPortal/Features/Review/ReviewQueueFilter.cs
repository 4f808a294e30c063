using MerchantPortal.Domain.Onboarding;

namespace MerchantPortal.Features.Review;

/// <summary>The filter bar's fields, turned into a query for each page the table asks for.</summary>
public sealed class ReviewQueueFilter
{
    public IReadOnlyCollection<ApplicationState> States { get; set; } = ApplicationWorkflow.AwaitingStaff;

    public string? Platform { get; set; }

    public SubjectType? SubjectType { get; set; }

    public Industry? Industry { get; set; }

    public RiskLevel? Risk { get; set; }

    public DateTime? SubmittedFrom { get; set; }

    public DateTime? SubmittedTo { get; set; }

    /// <summary><see cref="AssigneeFilter"/> names, or a reviewer's user id.</summary>
    public string Assignee { get; set; } = nameof(AssigneeFilter.Anyone);

    public string? Search { get; set; }

    public ReviewQueueQuery ToQuery(ReviewQueueSort sort, bool descending, int page, int pageSize)
    {
        var known = Enum.TryParse<AssigneeFilter>(Assignee, out var assignee) && assignee != AssigneeFilter.Person;
        return new ReviewQueueQuery
        {
            States = [.. States],
            Platform = Platform,
            SubjectType = SubjectType,
            Industry = Industry,
            Risk = Risk,
            SubmittedFrom = SubmittedFrom is { } from ? DateOnly.FromDateTime(from) : null,
            SubmittedTo = SubmittedTo is { } to ? DateOnly.FromDateTime(to) : null,
            Assignee = known ? assignee : AssigneeFilter.Person,
            AssigneeUserId = known ? null : Assignee,
            Search = Search,
            Sort = sort,
            Descending = descending,
            Page = page,
            PageSize = pageSize,
        };
    }
}
