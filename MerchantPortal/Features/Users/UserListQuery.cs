namespace MerchantPortal.Features.Users;

/// <summary>Which accounts to list: a search over email and display name, a role, and the page.</summary>
public sealed record UserListQuery
{
    public const int MaxPageSize = 100;

    public string? Search { get; init; }

    /// <summary>One of <see cref="Domain.Accounts.PortalRoles.All"/>, or null for every account.</summary>
    public string? Role { get; init; }

    public int Page { get; init; }

    public int PageSize { get; init; } = 25;
}
