using System.Globalization;
using MerchantPortal.Domain.Notifications;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Infrastructure.Localization;
using MerchantPortal.Resources;

namespace MerchantPortal.Features.Notifications;

/// <summary>A notification's title and text in the current UI culture, made from its kind and arguments.</summary>
public static class NotificationRenderer
{
    public const string Organization = "organization";
    public const string State = "state";
    public const string Reason = "reason";
    public const string Actor = "actor";
    public const string DueUtc = "dueUtc";
    public const string Date = "date";
    public const string Overdue = "overdue";
    public const string PlatformZh = "platformZh";
    public const string PlatformEn = "platformEn";

    public static (string Title, string Body) Render(NotificationKind kind, IReadOnlyDictionary<string, string> arguments)
    {
        string Arg(string key) => arguments.GetValueOrDefault(key, "");
        var organization = Arg(Organization);
        var (title, body) = kind switch
        {
            NotificationKind.StatusChanged => (string.Format(NotificationText.StatusChangedTitle, organization, StateText(Arg(State))),
                string.Format(NotificationText.StatusChangedBody, StateText(Arg(State)))),
            NotificationKind.ChangesRequested => (string.Format(NotificationText.ChangesRequestedTitle, organization), NotificationText.ChangesRequestedBody),
            NotificationKind.NewMessage => (string.Format(NotificationText.NewMessageTitle, organization), NotificationText.NewMessageBody),
            NotificationKind.Assigned => (string.Format(NotificationText.AssignedTitle, organization), string.Format(NotificationText.AssignedBody, Arg(Actor))),
            NotificationKind.Resubmitted => (string.Format(NotificationText.ResubmittedTitle, organization), NotificationText.ResubmittedBody),
            NotificationKind.ConfirmationRequested => (string.Format(NotificationText.ConfirmationRequestedTitle, organization),
                string.Format(NotificationText.ConfirmationRequestedBody, Arg(Actor))),
            NotificationKind.ApprovalReturned => (string.Format(NotificationText.ApprovalReturnedTitle, organization),
                string.Format(NotificationText.ApprovalReturnedBody, Arg(Actor))),
            NotificationKind.SlaDueSoon => (string.Format(Arg(Overdue) == "true" ? NotificationText.SlaOverdueTitle : NotificationText.SlaDueSoonTitle, organization),
                string.Format(NotificationText.SlaBody, Time(Arg(DueUtc)))),
            NotificationKind.DepositExpiring => (string.Format(NotificationText.DepositExpiringTitle, organization), string.Format(NotificationText.DepositExpiringBody, Time(Arg(DueUtc)))),
            NotificationKind.LicenseExpiring => (string.Format(NotificationText.LicenseExpiringTitle, organization), string.Format(NotificationText.LicenseExpiringBody, Arg(Date))),
            NotificationKind.EnrollmentChanged => (string.Format(NotificationText.EnrollmentChangedTitle, organization, Platform(arguments), EnrollmentStateText(Arg(State))),
                string.Format(NotificationText.EnrollmentChangedBody, Platform(arguments), EnrollmentStateText(Arg(State)))),
            NotificationKind.GoLiveRequested => (string.Format(NotificationText.GoLiveRequestedTitle, organization, Platform(arguments)),
                string.Format(NotificationText.GoLiveRequestedBody, Platform(arguments))),
            _ => (kind.ToString(), ""),
        };
        return arguments.TryGetValue(Reason, out var reason) && !string.IsNullOrWhiteSpace(reason)
            ? (title, body + " " + string.Format(NotificationText.ReasonLine, reason))
            : (title, body);
    }

    private static string Platform(IReadOnlyDictionary<string, string> arguments) =>
        arguments.GetValueOrDefault(CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? PlatformZh : PlatformEn, "");

    private static string EnrollmentStateText(string state) => Enum.TryParse<Domain.Enrollments.EnrollmentState>(state, out var value) ? EnumText.Of(value) : state;

    private static string StateText(string state) => Enum.TryParse<ApplicationState>(state, out var value) ? EnumText.Of(value) : state;

    private static string Time(string utc) =>
        DateTime.TryParse(utc, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value) ? ChinaTime.Format(value) : utc;
}
