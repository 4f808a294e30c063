using MerchantPortal.Domain.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace MerchantPortal.Infrastructure.Authorization;

public static class PortalPolicies
{
    public const string Applicant = nameof(Applicant);
    public const string Reviewer = nameof(Reviewer);
    public const string Admin = nameof(Admin);

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Applicant, p => p.RequireAuthenticatedUser().RequireRole(PortalRoles.Applicant));
        // Staff see other organizations' data: a password alone is not enough.
        options.AddPolicy(Reviewer, p => p.RequireAuthenticatedUser().RequireRole(PortalRoles.Reviewer)
            .AddRequirements(new TwoFactorSignInRequirement()));
        options.AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireRole(PortalRoles.Admin)
            .AddRequirements(new TwoFactorSignInRequirement()));
    }
}
