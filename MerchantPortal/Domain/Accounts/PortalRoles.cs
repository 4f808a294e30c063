namespace MerchantPortal.Domain.Accounts;

public static class PortalRoles
{
    public const string Applicant = "Applicant";
    public const string Reviewer = "Reviewer";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Applicant, Reviewer, Admin];

    /// <summary>Roles whose members work on other organizations' data and so must sign in with two factors.</summary>
    public static readonly IReadOnlyList<string> Staff = [Reviewer, Admin];
}
