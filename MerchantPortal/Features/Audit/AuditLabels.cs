using System.Globalization;
using MerchantPortal.Resources;

namespace MerchantPortal.Features.Audit;

/// <summary>
/// The reader's words for an audit entry's action and subject type; the stored codes stay as they are (the
/// chain's hashes cover them), and an unknown code reads as itself.
/// </summary>
public static class AuditLabels
{
    public static string Action(string action) => Lookup("Action_" + action.Replace('.', '_').Replace('-', '_')) ?? action;

    public static string Subject(string subjectType) => Lookup("Subject_" + subjectType) ?? subjectType;

    private static string? Lookup(string key) => AuditText.ResourceManager.GetString(key, CultureInfo.CurrentUICulture);
}
