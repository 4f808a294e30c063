using MerchantPortal.Data;
using MerchantPortal.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;

namespace MerchantPortal.Components.Account;

/// <summary>Every sign-in attempt goes into the audit trail: who (when the account exists), which step, and how it ended — never the address typed or the password.</summary>
public static class SignInAudit
{
    public static Task RecordAsync(AuditTrail audit, ApplicationUser? user, string step, SignInResult result)
    {
        var outcome = result.Succeeded ? "succeeded"
            : result.RequiresTwoFactor ? "second-factor-next"
            : result.IsLockedOut ? "locked-out"
            : result.IsNotAllowed ? "not-allowed"
            : "failed";
        var action = result.Succeeded || result.RequiresTwoFactor ? "account.sign-in" : "account.sign-in-failed";
        return audit.AppendAsync(new AuditRecord(user?.Id, action, "Account", user?.Id ?? "unknown", new { step, outcome }));
    }
}
