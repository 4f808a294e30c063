namespace MerchantPortal.Domain.GoLiveRuns;

/// <summary>Who makes the requests of a run. The numbers are stored: never renumber, only append.</summary>
public enum GoLiveRunMode
{
    /// <summary>The portal, signing with the merchant key the merchant let it keep.</summary>
    PortalRun = 0,

    /// <summary>The merchant's own server, judged from the sandbox's request log within the run's window.</summary>
    MerchantRequests = 1,
}
