namespace MerchantPortal.Domain.Notifications;

/// <summary>What a notification is about; each has a title and text in both languages. Stored as numbers: only append.</summary>
public enum NotificationKind
{
    /// <summary>To the organization: its application moved (submitted, in review, approved, rejected, suspended, withdrawn).</summary>
    StatusChanged = 0,

    /// <summary>To the organization: the review team asks for changes.</summary>
    ChangesRequested = 1,

    /// <summary>To the other side of the case's message thread.</summary>
    NewMessage = 2,

    /// <summary>To a reviewer: someone else gave them a case.</summary>
    Assigned = 3,

    /// <summary>To the case's reviewer: the organization answered a request for changes.</summary>
    Resubmitted = 4,

    /// <summary>To the other staff: a high-risk approval waits for a second person.</summary>
    ConfirmationRequested = 5,

    /// <summary>To the approval's maker: the checker sent it back, or found it void.</summary>
    ApprovalReturned = 6,

    /// <summary>Reminder to the case's reviewer (or the admins when nobody has it): the review is due soon or overdue.</summary>
    SlaDueSoon = 7,

    /// <summary>Reminder to the organization: the micro-deposit to confirm expires soon.</summary>
    DepositExpiring = 8,

    /// <summary>Reminder to the organization: its business license expires soon.</summary>
    LicenseExpiring = 9,

    /// <summary>To the organization: one platform's enrollment moved (go-live requested, live, suspended).</summary>
    EnrollmentChanged = 10,

    /// <summary>To the staff: an organization asks to go live on a platform; someone independent of the approval confirms.</summary>
    GoLiveRequested = 11,
}
