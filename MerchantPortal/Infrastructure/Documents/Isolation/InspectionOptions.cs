namespace MerchantPortal.Infrastructure.Documents.Isolation;

/// <summary><c>Documents:Inspection</c>: the limits of the worker process and of the queue in front of it.</summary>
public sealed class InspectionOptions
{
    public const string Section = "Documents:Inspection";

    /// <summary>The worker's managed heap limit and the resident memory at which it is killed.</summary>
    public int MemoryLimitMegabytes { get; set; } = 512;

    public double TimeoutSeconds { get; set; } = 20;

    /// <summary>Workers running at once in this instance.</summary>
    public int MaxConcurrent { get; set; } = 2;

    /// <summary>Workers running at once for one organization, so one tenant cannot take every slot.</summary>
    public int MaxPerOrganization { get; set; } = 1;

    /// <summary>How long an upload waits for a slot before it is told to try again.</summary>
    public double QueueWaitSeconds { get; set; } = 30;

    /// <summary>What a busy answer tells the client to wait (Retry-After).</summary>
    public int RetryAfterSeconds { get; set; } = 10;
}
