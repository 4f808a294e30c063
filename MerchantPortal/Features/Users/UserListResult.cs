namespace MerchantPortal.Features.Users;

/// <summary>One page of the users list, and how many accounts match in all.</summary>
public sealed record UserListResult(IReadOnlyList<UserListRow> Rows, int Total);
