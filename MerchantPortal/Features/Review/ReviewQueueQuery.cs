using MerchantPortal.Domain.Onboarding;

namespace MerchantPortal.Features.Review;

/// <summary>One page of the review queue as the reviewer asked for it; every filter is optional.</summary>
public sealed record ReviewQueueQuery
{
    public const int MaxPageSize = 100;

    public IReadOnlyList<ApplicationState> States { get; init; } = ApplicationWorkflow.AwaitingStaff;

    public string? Platform { get; init; }

    public SubjectType? SubjectType { get; init; }

    public Industry? Industry { get; init; }

    public RiskLevel? Risk { get; init; }

    /// <summary>Days in China time, both inclusive.</summary>
    public DateOnly? SubmittedFrom { get; init; }

    public DateOnly? SubmittedTo { get; init; }

    public AssigneeFilter Assignee { get; init; } = AssigneeFilter.Anyone;

    /// <summary>The reviewer meant by <see cref="AssigneeFilter.Person"/>.</summary>
    public string? AssigneeUserId { get; init; }

    /// <summary>Part of the legal name, or the start of the credit code.</summary>
    public string? Search { get; init; }

    public ReviewQueueSort Sort { get; init; } = ReviewQueueSort.SlaDue;

    public bool Descending { get; init; }

    public int Page { get; init; }

    public int PageSize { get; init; } = 25;
}
