using MerchantPortal.Domain.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace MerchantPortal.Infrastructure.Authorization;

public static class PortalPolicies
{
    public const string Applicant = nameof(Applicant);
    public const string Reviewer = nameof(Reviewer);
    public const string Admin = nameof(Admin);

    /// <summary>Reviewers and admins: the review queue and cases (admins suspend and reinstate there).</summary>
    public const string Staff = nameof(Staff);

    /// <summary>Anyone signed in, staff only after a second factor: files shared by applicants and reviewers.</summary>
    public const string SignedIn = nameof(SignedIn);

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Applicant, p => p.RequireAuthenticatedUser().RequireRole(PortalRoles.Applicant));
        // Staff see other organizations' data: a password alone is not enough.
        options.AddPolicy(Reviewer, p => p.RequireAuthenticatedUser().RequireRole(PortalRoles.Reviewer)
            .AddRequirements(new TwoFactorSignInRequirement()));
        options.AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireRole(PortalRoles.Admin)
            .AddRequirements(new TwoFactorSignInRequirement()));
        options.AddPolicy(Staff, p => p.RequireAuthenticatedUser().RequireRole([.. PortalRoles.Staff])
            .AddRequirements(new TwoFactorSignInRequirement()));
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser()
            .RequireAssertion(c => !PortalRoles.Staff.Any(c.User.IsInRole) || c.User.HasClaim(TwoFactorSignInRequirement.ClaimType, TwoFactorSignInRequirement.ClaimValue)));
    }
}
