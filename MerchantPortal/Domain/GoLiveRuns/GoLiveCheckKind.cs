namespace MerchantPortal.Domain.GoLiveRuns;

/// <summary>One check of a go-live run. The numbers are stored: never renumber, only append.</summary>
public enum GoLiveCheckKind
{
    // The portal plays the merchant with the key it was allowed to keep.
    CreateOrder = 0,
    SimulatedPayment = 1,
    NotificationVerified = 2,
    QueryShowsPaid = 3,
    PartialRefund = 4,
    CloseUnpaid = 5,
    ForgedNotificationRejected = 6,
    ReplayHandledOnce = 7,
    WrongKeyRefused = 8,

    // Without the key, the merchant's server makes the same requests and the request log is the evidence.
    MerchantCreatesOrder = 20,
    MerchantQueriesPaid = 21,
    MerchantRefunds = 22,
    MerchantCloses = 23,

    // The merchant's notify URL.
    ServerAcknowledges = 40,
    ServerRefusesForgery = 41,
}
