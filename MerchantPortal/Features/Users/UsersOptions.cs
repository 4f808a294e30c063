namespace MerchantPortal.Features.Users;

/// <summary>The <c>Users</c> configuration section.</summary>
public sealed class UsersOptions
{
    public const string Section = "Users";

    /// <summary>How long a staff invitation link works.</summary>
    public int InvitationHours { get; set; } = 72;

    public TimeSpan InvitationLifetime => TimeSpan.FromHours(InvitationHours);
}
